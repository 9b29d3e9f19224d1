package io.opportunities.command.opportunity;

import org.junit.jupiter.api.Test;

class OpeningTest extends OpportunityFixtureTest {

    @Test
    void whenOpenOpportunity_thenOpenedInTheFirstStageOfTheProcessAtVersionZero() {
        fixture.givenNoPriorActivity()
                .when(open(OPENED_ON, EXPECTED_CLOSE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened())
                .expectResultMessagePayload(0L);
    }

    @Test
    void whenOpenWithExpectedCloseBeforeOpening_thenRejected() {
        rejectedBy(fixture.givenNoPriorActivity().when(open(OPENED_ON, day("2026-09-30"))),
                "expected-close-before-opening");
    }

    @Test
    void whenOpenWithABusinessDateStillToCome_thenRejected() {
        // recorded on 20 Nov (UTC): no zone's calendar is at 22 Nov yet
        rejectedBy(fixture.givenNoPriorActivity().when(open(day("2026-11-22"), EXPECTED_CLOSE)),
                "occurred-in-future");
    }

    @Test
    void whenOpenDatedTomorrowInUtc_thenAcceptedBecauseSomeZoneIsAlreadyThere() {
        fixture.givenNoPriorActivity()
                .when(open(day("2026-11-21"), EXPECTED_CLOSE))
                .expectSuccessfulHandlerExecution();
    }
}
