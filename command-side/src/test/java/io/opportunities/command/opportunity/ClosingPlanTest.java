package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.CloseAsWon;
import io.opportunities.api.opportunity.OpportunityWon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.opportunities.command.opportunity.BuyingCentreTest.identified;
import static io.opportunities.command.opportunity.BuyingCentreTest.keyPointRecorded;
import static io.opportunities.command.opportunity.BuyingCentreTest.removed;

class ClosingPlanTest extends OpportunityFixtureTest {

    static final String ON = "2026-10-05";

    static PlanAction plan(String actionId, InfluenceTarget influences, String stakeholderId, String keyPointId,
                           KeyPointStrategy strategy) {
        return new PlanAction(ID, null, actionId, "ROI workshop", "CFO agrees the business case", "sam",
                day("2026-11-30"), "Workshop on site", ActionSide.EXTERNAL, influences, stakeholderId, keyPointId,
                strategy, REP, NOW, day(ON));
    }

    static ClosingActionPlanned planned(String actionId, InfluenceTarget influences, String stakeholderId,
                                        String keyPointId, KeyPointStrategy strategy) {
        return new ClosingActionPlanned(ID, actionId, "ROI workshop", "CFO agrees the business case", "sam",
                day("2026-11-30"), "Workshop on site", ActionSide.EXTERNAL, influences, stakeholderId, keyPointId,
                strategy, REP, NOW, day(ON));
    }

    static ClosingActionCancelled cancelled(String actionId) {
        return new ClosingActionCancelled(ID, actionId, "CFO left", REP, NOW, day(ON));
    }

    @Test
    void givenOpenOpportunity_whenSmartGoalSet_thenSet() {
        fixture.given(opened())
                .when(new SetSmartGoal(ID, null, "Signed order for 400 trucks", "Purchase order received",
                        day("2027-03-31"), REP, NOW, day(ON)))
                .expectEvents(new SmartGoalSet(ID, "Signed order for 400 trucks", "Purchase order received",
                        day("2027-03-31"), REP, NOW, day(ON)));
    }

    @Test
    void givenOpenOpportunity_whenSmartGoalDueInThePast_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new SetSmartGoal(ID, null, "Order", "PO", day("2026-10-01"), REP,
                NOW, day(ON))), "due-before-planned");
    }

    @Test
    void givenOpenOpportunity_whenAssessed_thenAnswersRecorded() {
        List<AssessmentAnswer> answers = List.of(new AssessmentAnswer("COMPELLING_REASON", 5, "Fuel bill doubled"),
                new AssessmentAnswer("SOLUTION_VALUE", 3, "ROI not shown yet"));
        fixture.given(opened())
                .when(new AssessOpportunity(ID, null, answers, REP, NOW, day(ON)))
                .expectEvents(new OpportunityAssessed(ID, answers, REP, NOW, day(ON)));
    }

    @Test
    void givenOpenOpportunity_whenAssessedWithoutAnswers_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new AssessOpportunity(ID, null, List.of(), REP, NOW, day(ON))),
                "no-answers");
    }

    @Test
    void givenOpenOpportunity_whenAnUnknownQuestionIsAnswered_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new AssessOpportunity(ID, null,
                List.of(new AssessmentAnswer("FAVOURITE_COLOUR", 3, null)), REP, NOW, day(ON))),
                "unknown-assessment-question");
    }

    @Test
    void givenOpenOpportunity_whenAQuestionIsAnsweredTwice_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new AssessOpportunity(ID, null,
                List.of(new AssessmentAnswer("SOLUTION_VALUE", 3, null), new AssessmentAnswer("SOLUTION_VALUE", 4, null)),
                REP, NOW, day(ON))), "question-answered-twice");
    }

    @Test
    void givenOpenOpportunity_whenAScoreIsOutOfRange_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new AssessOpportunity(ID, null,
                List.of(new AssessmentAnswer("SOLUTION_VALUE", 0, null)), REP, NOW, day(ON))), "value-out-of-range");
    }

    @Test
    void givenStakeholderAndKeyPoint_whenActionPlannedOnThem_thenPlanned() {
        fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null),
                        keyPointRecorded("k-1", List.of()))
                .when(plan("a-1", InfluenceTarget.STAKEHOLDER, "s-1", "k-1", KeyPointStrategy.LOWER_BOTTOM_LINE))
                .expectEvents(planned("a-1", InfluenceTarget.STAKEHOLDER, "s-1", "k-1",
                        KeyPointStrategy.LOWER_BOTTOM_LINE));
    }

    @Test
    void givenOpenOpportunity_whenActionInfluencesAPersonWithoutNamingThem_thenRejected() {
        rejectedBy(fixture.given(opened()).when(plan("a-1", InfluenceTarget.STAKEHOLDER, null, null, null)),
                "stakeholder-to-influence-missing");
    }

    @Test
    void givenRemovedStakeholder_whenActionPlannedOnThem_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null), removed("s-1"))
                .when(plan("a-1", InfluenceTarget.STAKEHOLDER, "s-1", null, null)), "stakeholder-removed");
    }

    @Test
    void givenOpenOpportunity_whenStrategyWithoutKeyPoint_thenRejected() {
        rejectedBy(fixture.given(opened()).when(plan("a-1", InfluenceTarget.VISION, null, null,
                KeyPointStrategy.REINFORCE)), "strategy-needs-key-point");
    }

    @Test
    void givenOpenOpportunity_whenActionOnAnUnknownKeyPoint_thenRejected() {
        rejectedBy(fixture.given(opened()).when(plan("a-1", InfluenceTarget.VISION, null, "k-9",
                KeyPointStrategy.REINFORCE)), "unknown-key-point");
    }

    @Test
    void givenOpenOpportunity_whenActionDueBeforeItIsPlanned_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new PlanAction(ID, null, "a-1", "Call", "Date", "sam",
                day("2026-10-01"), "Phone", ActionSide.INTERNAL, InfluenceTarget.NEED, null, null, null, REP, NOW,
                day(ON))), "due-before-planned");
    }

    @Test
    void givenPlannedAction_whenCompleted_thenCompletedWithItsResult() {
        fixture.given(opened(), planned("a-1", InfluenceTarget.NEED, null, null, null))
                .when(new CompleteAction(ID, null, "a-1", "CFO signed the business case", true, REP, NOW, day(ON)))
                .expectEvents(new ClosingActionCompleted(ID, "a-1", "CFO signed the business case", true, REP, NOW,
                        day(ON)));
    }

    @Test
    void givenCancelledAction_whenCompleted_thenRejected() {
        rejectedBy(fixture.given(opened(), planned("a-1", InfluenceTarget.NEED, null, null, null), cancelled("a-1"))
                .when(new CompleteAction(ID, null, "a-1", "done", true, REP, NOW, day(ON))), "action-cancelled");
    }

    @Test
    void givenCompletedAction_whenCancelled_thenRejected() {
        rejectedBy(fixture.given(opened(), planned("a-1", InfluenceTarget.NEED, null, null, null),
                        new ClosingActionCompleted(ID, "a-1", "done", true, REP, NOW, day(ON)))
                .when(new CancelAction(ID, null, "a-1", "too late", REP, NOW, day(ON))), "action-already-completed");
    }

    @Test
    void givenPlannedAction_whenCancelled_thenCancelled() {
        fixture.given(opened(), planned("a-1", InfluenceTarget.NEED, null, null, null))
                .when(new CancelAction(ID, null, "a-1", "CFO left", REP, NOW, day(ON)))
                .expectEvents(cancelled("a-1"));
    }

    @Test
    void givenNoSuchAction_whenCompleted_thenRejectedAsUnknown() {
        rejectedBy(fixture.given(opened()).when(new CompleteAction(ID, null, "a-9", "done", true, REP, NOW, day(ON))),
                "unknown-action");
    }

    @Test
    void givenOpenAndSettledActions_whenWon_thenTheOpenOnesAreListedInTheOutcome() {
        fixture.given(opened(), planned("a-1", InfluenceTarget.NEED, null, null, null),
                        planned("a-2", InfluenceTarget.VISION, null, null, null), cancelled("a-2"),
                        planned("a-3", InfluenceTarget.DECISION_PROCESS, null, null, null))
                .when(new CloseAsWon(ID, null, null, REP, NOW, day("2026-10-10")))
                .expectEvents(new OpportunityWon(ID, VALUE, "IDENTIFY", List.of("a-1", "a-3"), REP, NOW,
                        day("2026-10-10")))
                .expectResultMessagePayload(new Opportunity.Won(5L, List.of("a-1", "a-3")));
    }

    @Test
    void givenOpenOpportunity_whenRiskRecordedAndMitigated_thenBothKept() {
        RiskRecorded risk = new RiskRecorded(ID, "r-1", "Delivery of 400 units by March", RiskCategory.DELIVERY,
                REP, NOW, day(ON));
        fixture.given(opened())
                .when(new RecordRisk(ID, null, "r-1", "Delivery of 400 units by March", RiskCategory.DELIVERY, REP,
                        NOW, day(ON)))
                .expectEvents(risk);
        fixture.given(opened(), risk)
                .when(new MitigateRisk(ID, null, "r-1", "Plant reserved capacity", REP, NOW, day(ON)))
                .expectEvents(new RiskMitigated(ID, "r-1", "Plant reserved capacity", REP, NOW, day(ON)));
    }

    @Test
    void givenMitigatedRisk_whenMitigatedAgain_thenRejected() {
        rejectedBy(fixture.given(opened(), new RiskRecorded(ID, "r-1", "Delivery", RiskCategory.DELIVERY, REP, NOW,
                                day(ON)), new RiskMitigated(ID, "r-1", "Reserved", REP, NOW, day(ON)))
                .when(new MitigateRisk(ID, null, "r-1", "again", REP, NOW, day(ON))), "risk-already-mitigated");
    }

    @Test
    void givenNoSuchRisk_whenMitigated_thenRejectedAsUnknown() {
        rejectedBy(fixture.given(opened()).when(new MitigateRisk(ID, null, "r-9", "x", REP, NOW, day(ON))),
                "unknown-risk");
    }

    @Test
    void givenOpenOpportunity_whenInformationGapRecordedAndClosed_thenBothKept() {
        InformationGapRecorded gap = new InformationGapRecorded(ID, "g-1", "Who signs above 100k?", REP, NOW,
                day(ON));
        fixture.given(opened())
                .when(new RecordInformationGap(ID, null, "g-1", "Who signs above 100k?", REP, NOW, day(ON)))
                .expectEvents(gap);
        fixture.given(opened(), gap)
                .when(new CloseInformationGap(ID, null, "g-1", "The CEO", REP, NOW, day(ON)))
                .expectEvents(new InformationGapClosed(ID, "g-1", "The CEO", REP, NOW, day(ON)));
    }

    @Test
    void givenClosedInformationGap_whenClosedAgain_thenRejected() {
        rejectedBy(fixture.given(opened(), new InformationGapRecorded(ID, "g-1", "Who?", REP, NOW, day(ON)),
                        new InformationGapClosed(ID, "g-1", "CEO", REP, NOW, day(ON)))
                .when(new CloseInformationGap(ID, null, "g-1", "CFO", REP, NOW, day(ON))),
                "information-gap-already-closed");
    }

    @Test
    void givenNoSuchInformationGap_whenClosed_thenRejectedAsUnknown() {
        rejectedBy(fixture.given(opened()).when(new CloseInformationGap(ID, null, "g-9", "x", REP, NOW, day(ON))),
                "unknown-information-gap");
    }

    @Test
    void givenOpenOpportunity_whenInternalDecisionRequestedAndMade_thenBothKept() {
        InternalDecisionRequested requested = new InternalDecisionRequested(ID, "d-1", "12 % discount?",
                "Pricing committee", REP, NOW, day(ON));
        fixture.given(opened())
                .when(new RequestInternalDecision(ID, null, "d-1", "12 % discount?", "Pricing committee", REP, NOW,
                        day(ON)))
                .expectEvents(requested);
        fixture.given(opened(), requested)
                .when(new RecordInternalDecision(ID, null, "d-1", "Approved up to 10 %", REP, NOW, day(ON)))
                .expectEvents(new InternalDecisionRecorded(ID, "d-1", "Approved up to 10 %", REP, NOW, day(ON)));
    }

    @Test
    void givenMadeInternalDecision_whenRecordedAgain_thenRejected() {
        rejectedBy(fixture.given(opened(), new InternalDecisionRequested(ID, "d-1", "Discount?", "Board", REP, NOW,
                                day(ON)), new InternalDecisionRecorded(ID, "d-1", "No", REP, NOW, day(ON)))
                .when(new RecordInternalDecision(ID, null, "d-1", "Yes", REP, NOW, day(ON))),
                "internal-decision-already-recorded");
    }

    @Test
    void givenNoSuchInternalDecision_whenRecorded_thenRejectedAsUnknown() {
        rejectedBy(fixture.given(opened())
                .when(new RecordInternalDecision(ID, null, "d-9", "Yes", REP, NOW, day(ON))), "unknown-internal-decision");
    }

    @Test
    void givenWonOpportunity_whenActionPlanned_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-10-10"))
                .when(plan("a-1", InfluenceTarget.NEED, null, null, null)), "opportunity-closed");
    }
}
