package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.*;
import org.junit.jupiter.api.Test;

import java.util.List;

class ClosingTest extends OpportunityFixtureTest {

    @Test
    void givenOpenOpportunity_whenWonWithoutAValue_thenWonForTheEstimatedValueInItsStage() {
        fixture.given(opened())
                .when(new CloseAsWon(ID, null, null, REP, NOW, day("2026-10-10")))
                .expectEvents(won("2026-10-10"));
    }

    @Test
    void givenOpenOpportunity_whenWonForAnAgreedValue_thenWonForIt() {
        Money agreed = Money.of("45000.00", "EUR");
        fixture.given(opened())
                .when(new CloseAsWon(ID, null, agreed, REP, NOW, day("2026-10-10")))
                .expectEvents(new OpportunityWon(ID, agreed, "IDENTIFY", List.of(), REP, NOW, day("2026-10-10")));
    }

    @Test
    void givenOpenOpportunity_whenWonBeforeItWasOpened_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new CloseAsWon(ID, null, null, REP, NOW, day("2026-09-01"))),
                "occurred-before-last-change");
    }

    @Test
    void givenOpenOpportunity_whenLostToACompetitor_thenLostWithReasonAndCompetitor() {
        fixture.given(opened())
                .when(new CloseAsLost(ID, null, LossReason.PRICE, "20 % cheaper", "Initech", REP, NOW, day("2026-10-10")))
                .expectEvents(new OpportunityLost(ID, LossReason.PRICE, "20 % cheaper", "Initech", "IDENTIFY",
                        REP, NOW, day("2026-10-10")));
    }

    @Test
    void givenOpenOpportunity_whenWithdrawnAsNoDecision_thenWithdrawn() {
        fixture.given(opened())
                .when(new Withdraw(ID, null, WithdrawalKind.NO_DECISION, "Budget frozen", REP, NOW, day("2026-10-10")))
                .expectEvents(new OpportunityWithdrawn(ID, WithdrawalKind.NO_DECISION, "Budget frozen", "IDENTIFY",
                        REP, NOW, day("2026-10-10")));
    }

    @Test
    void givenWonOpportunity_whenLost_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-10-10"))
                .when(new CloseAsLost(ID, null, LossReason.OTHER, null, null, REP, NOW, day("2026-10-11"))),
                "opportunity-closed");
    }

    @Test
    void givenWithdrawnOpportunity_whenWithdrawnAgain_thenRejected() {
        rejectedBy(fixture.given(opened(), new OpportunityWithdrawn(ID, WithdrawalKind.DISQUALIFIED, "No fit",
                        "IDENTIFY", REP, NOW, day("2026-10-10")))
                .when(new Withdraw(ID, null, WithdrawalKind.NO_DECISION, "again", REP, NOW, day("2026-10-11"))),
                "opportunity-closed");
    }

    @Test
    void givenWonOpportunity_whenReopened_thenOpenAgainInTheStageItWasWonIn() {
        fixture.given(opened(), won("2026-10-10"))
                .when(new Reopen(ID, null, "Customer cancelled the order", REP, NOW, day("2026-10-12")))
                .expectEvents(new OpportunityReopened(ID, "Customer cancelled the order", "IDENTIFY",
                        REP, NOW, day("2026-10-12")));
    }

    @Test
    void givenReopenedOpportunity_whenBuyingActionRecorded_thenAcceptedAgain() {
        fixture.given(opened(), won("2026-10-10"), new OpportunityReopened(ID, "cancelled", "IDENTIFY",
                        REP, NOW, day("2026-10-12")))
                .when(recordBuyingAction("ba-1", "BUDGET_ALLOCATED", "2026-10-13"))
                .expectEvents(buyingActionRecorded("ba-1", "BUDGET_ALLOCATED", "2026-10-13"));
    }

    @Test
    void givenOpenOpportunity_whenReopened_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new Reopen(ID, null, "why", REP, NOW, day("2026-10-12"))),
                "opportunity-not-closed");
    }
}
