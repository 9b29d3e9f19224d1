package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.*;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The team's retrospective of a closed deal (seed 001). */
class WinLossReviewTest extends OpportunityFixtureTest {

    static final WinLossRetrospective RETROSPECTIVE = new WinLossRetrospective("CFO changed", "Two workshops",
            "Fleet data", "We won the CFO on cost per truck", "Matched the service level", "Weekly deal reviews",
            "Signed for 400 trucks", "Trade fair", List.of("ROI workshop"), List.of("Price-only pitch"),
            List.of("Run an ROI workshop in every fleet deal"));

    static RecordWinLossReview review(String on) {
        return new RecordWinLossReview(ID, null, "wl-1", List.of("rita", "maria"), RETROSPECTIVE, REP, NOW, day(on));
    }

    @Test
    void givenWonOpportunity_whenReviewed_thenTheReviewIsRecordedWithTheOutcome() {
        fixture.given(opened(), won("2026-11-10"))
                .when(review("2026-11-15"))
                .expectEvents(new WinLossReviewRecorded(ID, "wl-1", OpportunityStatus.WON, List.of("rita", "maria"),
                        RETROSPECTIVE, REP, NOW, day("2026-11-15")));
    }

    @Test
    void givenLostOpportunity_whenReviewedOnTheDayItWasLost_thenRecordedAsALoss() {
        fixture.given(opened(), new OpportunityLost(ID, LossReason.PRICE, "cheaper", "Initech", "IDENTIFY", REP, NOW,
                        day("2026-11-10")))
                .when(review("2026-11-10"))
                .expectEvents(new WinLossReviewRecorded(ID, "wl-1", OpportunityStatus.LOST, List.of("rita", "maria"),
                        RETROSPECTIVE, REP, NOW, day("2026-11-10")));
    }

    @Test
    void givenOpenOpportunity_whenReviewed_thenRejected() {
        rejectedBy(fixture.given(opened()).when(review("2026-11-15")), "opportunity-not-closed");
    }

    @Test
    void givenReopenedOpportunity_whenReviewed_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-11-10"), new OpportunityReopened(ID, "order cancelled",
                        "IDENTIFY", REP, NOW, day("2026-11-12")))
                .when(review("2026-11-15")), "opportunity-not-closed");
    }

    @Test
    void givenWonOpportunity_whenReviewedBeforeTheClose_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-11-10")).when(review("2026-11-09")), "review-before-close");
    }

    @Test
    void givenWonOpportunity_whenReviewedOnADayStillToCome_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-11-10")).when(review("2026-11-25")), "occurred-in-future");
    }
}
