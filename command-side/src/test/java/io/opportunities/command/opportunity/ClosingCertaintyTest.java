package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.opportunities.command.opportunity.BuyingCentreTest.identified;
import static io.opportunities.command.opportunity.BuyingCentreTest.removed;

class ClosingCertaintyTest extends OpportunityFixtureTest {

    static ClosingCertaintyChanged changed(int from, int to, String milestone, List<String> verifiedBy, String on) {
        return new ClosingCertaintyChanged(ID, from, to, milestone, verifiedBy, REP, NOW, day(on));
    }

    @Test
    void givenNewOpportunity_whenFirstMilestoneVerified_thenCertaintyRisesWithItsEvidence() {
        fixture.given(opened())
                .when(recordBuyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"))
                .expectEvents(buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                        changed(10, 20, "Decision maker contacted", List.of("ba-1"), "2026-10-03"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void givenMilestoneAboveAGap_whenTheGapIsVerified_thenCertaintyJumpsOverBoth() {
        fixture.given(opened(), buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                        changed(10, 20, "Decision maker contacted", List.of("ba-1"), "2026-10-03"),
                        buyingActionRecorded("ba-2", "KEY_ISSUES_AGREED", "2026-10-04"))
                .when(recordBuyingAction("ba-3", "KEY_INFORMATION_SHARED", "2026-10-05"))
                .expectEvents(buyingActionRecorded("ba-3", "KEY_INFORMATION_SHARED", "2026-10-05"),
                        changed(20, 40, "Key issues agreed", List.of("ba-3", "ba-2"), "2026-10-05"));
    }

    @Test
    void givenNewOpportunity_whenAMilestoneOutOfOrderIsVerified_thenCertaintyStays() {
        fixture.given(opened())
                .when(recordBuyingAction("ba-1", "KEY_ISSUES_AGREED", "2026-10-03"))
                .expectEvents(buyingActionRecorded("ba-1", "KEY_ISSUES_AGREED", "2026-10-03"));
    }

    @Test
    void givenNoDecisionMaker_whenDecisionMakerAgreementRecorded_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.INFLUENCER, InfluencerGrade.A))
                        .when(recordBuyingAction("ba-1", "DECISION_MAKER_AGREED", "2026-10-06")),
                "decision-maker-not-identified");
    }

    @Test
    void givenRemovedDecisionMaker_whenDecisionMakerAgreementRecorded_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null), removed("s-1"))
                        .when(recordBuyingAction("ba-1", "DECISION_MAKER_AGREED", "2026-10-06")),
                "decision-maker-not-identified");
    }

    @Test
    void givenDecisionMakerAndEveryLowerMilestone_whenDecisionMakerAgrees_thenSeventyPercent() {
        fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null),
                        buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                        buyingActionRecorded("ba-2", "KEY_INFORMATION_SHARED", "2026-10-03"),
                        buyingActionRecorded("ba-3", "KEY_ISSUES_AGREED", "2026-10-03"),
                        buyingActionRecorded("ba-4", "INFLUENCERS_COMMITTED", "2026-10-03"))
                .when(recordBuyingAction("ba-5", "DECISION_MAKER_AGREED", "2026-10-06"))
                .expectEvents(buyingActionRecorded("ba-5", "DECISION_MAKER_AGREED", "2026-10-06"),
                        changed(50, 70, "Decision maker agreed", List.of("ba-5"), "2026-10-06"));
    }

    @Test
    void givenLadderAtTwenty_whenOverriddenWithAReason_thenOverriddenBesideTheLadderFigure() {
        fixture.given(opened(), buyingActionRecorded("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"))
                .when(new OverrideClosingCertainty(ID, null, 60, "Framework contract renewal", REP, NOW,
                        day("2026-10-04")))
                .expectEvents(new ClosingCertaintyOverridden(ID, 60, 20, "Framework contract renewal", REP, NOW,
                        day("2026-10-04")));
    }

    @Test
    void givenOpenOpportunity_whenOverriddenAboveAHundred_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new OverrideClosingCertainty(ID, null, 120, "sure", REP, NOW,
                day("2026-10-04"))), "value-out-of-range");
    }

    @Test
    void givenOverride_whenRemoved_thenTheLadderAppliesAgain() {
        fixture.given(opened(), new ClosingCertaintyOverridden(ID, 60, 10, "Renewal", REP, NOW, day("2026-10-04")))
                .when(new RemoveClosingCertaintyOverride(ID, null, "Buyer changed", REP, NOW, day("2026-10-05")))
                .expectEvents(new ClosingCertaintyOverrideRemoved(ID, 10, "Buyer changed", REP, NOW,
                        day("2026-10-05")));
    }

    @Test
    void givenNoOverride_whenOverrideRemoved_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new RemoveClosingCertaintyOverride(ID, null, "none", REP, NOW,
                day("2026-10-05"))), "no-certainty-override");
    }

    @Test
    void givenClosedOpportunity_whenOverridden_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-10-10")).when(new OverrideClosingCertainty(ID, null, 50, "x",
                REP, NOW, day("2026-10-11"))), "opportunity-closed");
    }
}
