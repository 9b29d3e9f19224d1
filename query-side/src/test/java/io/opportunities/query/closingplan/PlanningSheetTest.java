package io.opportunities.query.closingplan;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.api.opportunity.OpportunityWon;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.salesprocess.WinningFactor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

class PlanningSheetTest {

    private static final LocalDate TODAY = day("2026-10-20");

    private static ClosingPlanDocument project(OpportunityEvent... events) {
        ClosingPlanDocument document = ClosingPlanDocument.opened((OpportunityOpened) events[0], 0, 10);
        for (int i = 1; i < events.length; i++) {
            document.apply(events[i], i);
        }
        return document;
    }

    private static StakeholderIdentified person(String id, String name, StakeholderRole role, String personalWin) {
        return new StakeholderIdentified(ID, id, name, "CFO", role, role == StakeholderRole.INFLUENCER
                ? InfluencerGrade.A : null, "Cut fleet costs", "Fuel prices", personalWin, REP, NOW, day("2026-10-02"));
    }

    private static StakeholderAssessed assessed(String id, Receptivity receptivity, int relationship, String on) {
        return new StakeholderAssessed(ID, id, receptivity, 4, relationship, null, REP, NOW, day(on));
    }

    private static final List<OpportunityEvent> PLANNED_DEAL = List.of(
            opened(),
            person("s-dm", "Dana", StakeholderRole.DECISION_MAKER, "Promotion"),
            person("s-in", "Ivan", StakeholderRole.INFLUENCER, null),
            assessed("s-dm", Receptivity.I, 0, "2026-10-03"),
            assessed("s-dm", Receptivity.T, 1, "2026-10-10"),
            new CompetitorRecorded(ID, "c-1", "Initech", "Price", "Service", List.of("s-in"), REP, NOW, day("2026-10-03")),
            new KeyPointRecorded(ID, "k-1", "Unit cost", "Below 40 EUR", List.of(
                    new KeyPointHolder("s-dm", Stance.BLOCK, 5, "Budget is fixed")), REP, NOW, day("2026-10-03")),
            new KeyPointRecorded(ID, "k-2", "Service", null, List.of(
                    new KeyPointHolder("s-in", Stance.PUSH, 3, "Uptime")), REP, NOW, day("2026-10-03")),
            new KeyPointRated(ID, "k-1", Rating.POOR, Map.of("c-1", Rating.GOOD), null, REP, NOW, day("2026-10-04")),
            new KeyPointRated(ID, "k-2", Rating.EXCELLENT, Map.of("c-1", Rating.POOR), null, REP, NOW, day("2026-10-04")),
            new OpportunityAssessed(ID, List.of(new AssessmentAnswer("COMPELLING_REASON", 5, "Fuel bill doubled"),
                    new AssessmentAnswer("SOLUTION_VALUE", 2, "ROI not shown")), REP, NOW, day("2026-10-05")),
            new SmartGoalSet(ID, "Order for 400 trucks", "Purchase order", day("2027-03-31"), REP, NOW, day("2026-10-05")),
            new ClosingActionPlanned(ID, "a-1", "ROI workshop", "CFO accepts the business case", "sam",
                    day("2026-10-15"), "Workshop", ActionSide.EXTERNAL, InfluenceTarget.STAKEHOLDER, "s-dm", "k-1",
                    KeyPointStrategy.LOWER_BOTTOM_LINE, REP, NOW, day("2026-10-05")),
            new ClosingActionPlanned(ID, "a-2", "Map the approval chain", "Know who signs", "rita",
                    day("2026-11-15"), "Ask the coach", ActionSide.EXTERNAL, InfluenceTarget.DECISION_PROCESS, null,
                    null, null, REP, NOW, day("2026-10-05")),
            new RiskRecorded(ID, "r-1", "Delivery of 400 units by March", RiskCategory.DELIVERY, REP, NOW, day("2026-10-06")),
            new InformationGapRecorded(ID, "g-1", "Who signs above 100k?", REP, NOW, day("2026-10-06")),
            new InternalDecisionRequested(ID, "d-1", "12 % discount?", "Pricing committee", REP, NOW, day("2026-10-06")),
            buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-07"),
            certaintyChanged(10, 20, "ba-1", "2026-10-07"),
            buyingAction("ba-2", "DECISION_MAKER_AGREED", "2026-10-08"));

    @Test
    void aPlannedDeal_showsEveryPartOfTheSheet() {
        PlanningSheet sheet = PlanningSheet.of(project(PLANNED_DEAL.toArray(OpportunityEvent[]::new)), PROCESS, TODAY);

        assertThat(sheet.smartGoal().goal()).isEqualTo("Order for 400 trucks");
        assertThat(sheet.keyDecisionMakers()).extracting(PlanningSheet.DecisionMaker::name).containsExactly("Dana", "Ivan");
        PlanningSheet.DecisionMaker dana = sheet.keyDecisionMakers().get(0);
        assertThat(dana.receptivity()).isEqualTo(Receptivity.T);
        assertThat(dana.relationship()).isEqualTo(1);
        assertThat(sheet.keyDecisionMakers().get(1).allyOf()).containsExactly("Initech");

        assertThat(sheet.situation().previouslyAgreedActions()).isEqualTo(new PlanningSheet.ActionStatus(2, 1, 0, 0, 0));
        assertThat(sheet.situation().preventingProgress()).contains("Information missing: Who signs above 100k?",
                "Internal decision pending (Pricing committee): 12 % discount?");
        assertThat(sheet.situation().couldPreventWinning()).contains(
                "Risk (delivery): Delivery of 400 units by March",
                "A competitor is rated better on Unit cost.",
                "Blocked on Unit cost: we are rated POOR against the bottom line Below 40 EUR.");
        assertThat(sheet.needAndUrgency().answers()).singleElement()
                .satisfies(answer -> assertThat(answer.score()).isEqualTo(5));
        assertThat(sheet.closingPlan().influencingTheDecisionProcess()).extracting(PlanningSheet.ActionView::actionId)
                .containsExactly("a-2");
        assertThat(sheet.closingPlan().actions().get(0).overdue()).isTrue();
        assertThat(sheet.closingPlan().actions().get(0).stakeholderName()).isEqualTo("Dana");
        assertThat(sheet.closingPlan().relationshipsToFocusOn()).singleElement()
                .satisfies(focus -> assertThat(focus.why()).isEqualTo("not assessed yet, ally of Initech"));

        assertThat(sheet.pushBlock().keyPoints()).extracting(PlanningSheet.KeyPointView::position)
                .containsExactly(WinningFactors.KeyPointPosition.BEHIND, WinningFactors.KeyPointPosition.LEAD);
        assertThat(sheet.pushBlock().keyPoints().get(0).strategies()).extracting(PlanningSheet.ActionView::strategy)
                .containsExactly(KeyPointStrategy.LOWER_BOTTOM_LINE);
        assertThat(sheet.pushBlock().keyPoints().get(0).competitorRatings())
                .containsExactly(new PlanningSheet.CompetitorRating("c-1", "Initech", Rating.GOOD));

        assertThat(sheet.assessment().verdict()).isEqualTo(AssessmentSummary.Verdict.INCOMPLETE);
        assertThat(sheet.assessment().concerns()).extracting(AssessmentSummary.AnswerView::question)
                .containsExactly("SOLUTION_VALUE");
        assertThat(sheet.assessment().unanswered()).containsExactly("DECISION_PLAN");
    }

    @Test
    void theCertainty_showsTheEvidenceOfEachStepReachedAndTheNextMilestone() {
        PlanningSheet.Certainty certainty = PlanningSheet.of(project(PLANNED_DEAL.toArray(OpportunityEvent[]::new)),
                PROCESS, TODAY).certainty();

        assertThat(certainty.probability()).isEqualTo(20);
        assertThat(certainty.ladder()).isEqualTo(20);
        assertThat(certainty.override()).isNull();
        assertThat(certainty.steps()).extracting(PlanningSheet.LadderStep::reached)
                .containsExactly(true, true, false, false);
        assertThat(certainty.steps().get(1).evidence()).extracting(PlanningSheet.Evidence::buyingActionId)
                .containsExactly("ba-1");
        // verified out of order: shown as evidence, but not reached while the 40 % step below it is not verified
        assertThat(certainty.steps().get(3).evidence()).extracting(PlanningSheet.Evidence::buyingActionId)
                .containsExactly("ba-2");
        assertThat(certainty.nextMilestone().certainty()).isEqualTo(40);
        assertThat(certainty.nextMilestone().verifiedBy()).containsExactly("KEY_ISSUES_AGREED");

        assertThat(certainty.factors()).extracting(WinningFactors.Factor::factor, WinningFactors.Factor::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(WinningFactor.COMPELLING_NEED, WinningFactors.Verdict.YES),
                        org.assertj.core.groups.Tuple.tuple(WinningFactor.VALUABLE_SOLUTION, WinningFactors.Verdict.NO),
                        org.assertj.core.groups.Tuple.tuple(WinningFactor.COMMITTED_DECISION_MAKERS, WinningFactors.Verdict.YES),
                        org.assertj.core.groups.Tuple.tuple(WinningFactor.BETTER_VISION_FIT, WinningFactors.Verdict.UNCERTAIN),
                        org.assertj.core.groups.Tuple.tuple(WinningFactor.HIGHER_VALUE, WinningFactors.Verdict.UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(WinningFactor.BETTER_RELATIONSHIPS, WinningFactors.Verdict.UNCERTAIN));
        assertThat(certainty.factors().get(0).basis()).isEqualTo("COMPELLING_REASON scored 5: Fuel bill doubled.");
    }

    @Test
    void anOverride_isTheProbabilityAndKeepsItsReason_andAWinListsTheActionsLeftOpen() {
        OpportunityEvent[] events = PLANNED_DEAL.toArray(OpportunityEvent[]::new);
        ClosingPlanDocument document = project(events);
        document.apply(new ClosingCertaintyOverridden(ID, 75, 20, "Renewal", "maria", NOW, day("2026-10-09")),
                events.length);
        PlanningSheet.Certainty certainty = PlanningSheet.of(document, PROCESS, TODAY).certainty();
        assertThat(certainty.probability()).isEqualTo(75);
        assertThat(certainty.override()).isEqualTo(new PlanningSheet.CertaintyOverrideView(75, "Renewal", "maria",
                day("2026-10-09")));

        document.apply(new OpportunityWon(ID, Money.of("48000", "EUR"), "IDENTIFY", List.of("a-1", "a-2"), REP, NOW,
                day("2026-10-10")), events.length + 1);
        PlanningSheet won = PlanningSheet.of(document, PROCESS, TODAY);
        assertThat(won.certainty().probability()).isEqualTo(100);
        assertThat(won.closingPlan().openActionsAtWin()).containsExactly("a-1", "a-2");
    }

    @Test
    void aRedeliveredEvent_changesNothing() {
        ClosingPlanDocument document = project(opened(), person("s-1", "Dana", StakeholderRole.DECISION_MAKER, null),
                assessed("s-1", Receptivity.G, 2, "2026-10-03"));
        document.apply(assessed("s-1", Receptivity.G, 2, "2026-10-03"), 2);
        assertThat(document.stakeholders.get(0).assessments).hasSize(1);
    }
}
