package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.EstimatedValueRevised;
import io.opportunities.api.opportunity.ExpectedCloseDateMoved;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.opportunity.ReviseOpportunity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class RevisionTest extends OpportunityFixtureTest {

    private static ReviseOpportunity revise(Money value, LocalDate expectedCloseOn) {
        return new ReviseOpportunity(ID, null, value, expectedCloseOn, "Board moved", REP, NOW, day("2026-10-20"));
    }

    @Test
    void givenOpenOpportunity_whenCloseDateMovesLater_thenTheSlipIsRecordedWithBothDates() {
        fixture.given(opened())
                .when(revise(null, day("2027-04-30")))
                .expectEvents(new ExpectedCloseDateMoved(ID, EXPECTED_CLOSE, day("2027-04-30"), "Board moved",
                        REP, NOW, day("2026-10-20")));
    }

    @Test
    void givenOpenOpportunity_whenValueAndDateChange_thenBothAreRecorded() {
        Money more = Money.of("52000.00", "EUR");
        fixture.given(opened())
                .when(revise(more, day("2027-04-30")))
                .expectEvents(new EstimatedValueRevised(ID, VALUE, more, "Board moved", REP, NOW, day("2026-10-20")),
                        new ExpectedCloseDateMoved(ID, EXPECTED_CLOSE, day("2027-04-30"), "Board moved",
                                REP, NOW, day("2026-10-20")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void givenOpenOpportunity_whenTheSameValueInOtherDecimals_thenNothingToRevise() {
        rejectedBy(fixture.given(opened()).when(revise(Money.of("48000", "EUR"), EXPECTED_CLOSE)), "nothing-to-revise");
    }
}
