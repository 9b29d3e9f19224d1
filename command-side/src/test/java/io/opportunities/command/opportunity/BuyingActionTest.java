package io.opportunities.command.opportunity;

import org.junit.jupiter.api.Test;

class BuyingActionTest extends OpportunityFixtureTest {

    @Test
    void givenOpenOpportunity_whenBuyingActionOfAKnownType_thenRecordedWithItsBusinessDate() {
        fixture.given(opened())
                .when(recordBuyingAction("ba-1", "BUDGET_ALLOCATED", "2026-10-03"))
                .expectEvents(buyingActionRecorded("ba-1", "BUDGET_ALLOCATED", "2026-10-03"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenOpenOpportunity_whenTypeIsNotInTheCatalogue_thenRejected() {
        rejectedBy(fixture.given(opened()).when(recordBuyingAction("ba-1", "SMILED_AT_US", "2026-10-03")),
                "unknown-buying-action-type");
    }

    @Test
    void givenOpenOpportunity_whenItHappensInTheFuture_thenRejected() {
        rejectedBy(fixture.given(opened()).when(recordBuyingAction("ba-1", "BUDGET_ALLOCATED", "2026-12-01")),
                "occurred-in-future");
    }

    @Test
    void givenWonOpportunity_whenBuyingActionRecorded_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-10-10"))
                .when(recordBuyingAction("ba-1", "BUDGET_ALLOCATED", "2026-10-11")), "opportunity-closed");
    }
}
