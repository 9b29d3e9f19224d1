package io.opportunities.query;

import io.opportunities.api.opportunity.*;
import io.opportunities.api.closingplan.ClosingCertaintyChanged;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.salesprocess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events of one deal, recorded by rita, and a small sales process, for the projection tests. */
public final class TestEvents {

    public static final String ID = "opp-1";
    public static final String REP = "rita";
    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    public static final QualificationCriterion MET = new QualificationCriterion(true, "confirmed");

    public static final SalesProcess PROCESS = new SalesProcess("test",
            List.of(new Stage("IDENTIFY", "Identify", BuyerPhase.NEED, 10, List.of("DECISION_MAKER_CONTACTED"), true, 14),
                    new Stage("UNDERSTAND_NEED", "Understand the need", BuyerPhase.NEED, 20,
                            List.of("KEY_ISSUES_AGREED"), false, 21),
                    new Stage("NEGOTIATE", "Negotiate", BuyerPhase.AGREEMENT, 60, List.of(), false, 30)),
            List.of(new BuyingActionType("DECISION_MAKER_CONTACTED", "Decision maker met us", "d"),
                    new BuyingActionType("KEY_ISSUES_AGREED", "Key issues agreed", "k"),
                    new BuyingActionType("DECISION_MAKER_AGREED", "Decision maker agreed", "a")),
            new CertaintyLadder(List.of(
                    new CertaintyStep(10, "Opportunity identified", List.of(), null),
                    new CertaintyStep(20, "Decision maker contacted", List.of("DECISION_MAKER_CONTACTED"), null),
                    new CertaintyStep(40, "Key issues agreed", List.of("KEY_ISSUES_AGREED"), null),
                    new CertaintyStep(70, "Decision maker agreed", List.of("DECISION_MAKER_AGREED"),
                            StakeholderRole.DECISION_MAKER))),
            List.of(new AssessmentQuestion("COMPELLING_REASON", AssessmentGroup.NEED,
                            PlanningSheetPart.NEED_AND_URGENCY, "How compelling is their reason to buy?",
                            WinningFactor.COMPELLING_NEED),
                    new AssessmentQuestion("SOLUTION_VALUE", AssessmentGroup.SOLUTION,
                            PlanningSheetPart.SOLUTION_CRITERIA, "How valuable is the solution?",
                            WinningFactor.VALUABLE_SOLUTION),
                    new AssessmentQuestion("DECISION_PLAN", AssessmentGroup.DECISION_PROCESS,
                            PlanningSheetPart.CLOSING_PLAN, "What is their plan to decide?", null)));

    private TestEvents() {
    }

    public static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    public static OpportunityOpened opened() {
        return new OpportunityOpened(ID, "Acme", "Fleet telematics", "GTX Pro", REP, Money.of("48000", "EUR"),
                day("2027-03-31"), new WarningSignal(WarningSignalType.CHANGE_IN_PEOPLE, "New CIO"), "IDENTIFY", null,
                REP, NOW, day("2026-10-01"));
    }

    public static OpportunityQualified qualified() {
        return new OpportunityQualified(ID, MET, MET, MET, MET, REP, NOW, day("2026-10-02"));
    }

    public static BuyingActionRecorded buyingAction(String id, String type, String on) {
        return new BuyingActionRecorded(ID, id, type, "they did it", "minutes", REP, NOW, day(on));
    }

    public static StageAdvanced advanced(String from, String to, String on) {
        return new StageAdvanced(ID, from, to, List.of("ba-1"), REP, NOW, day(on));
    }

    public static NextStepAgreed nextStep(String id, String due, String agreedOn) {
        return new NextStepAgreed(ID, id, "Workshop " + id, "Agree key issues", day(due), "Jane", REP, NOW,
                day(agreedOn));
    }

    public static ClosingCertaintyChanged certaintyChanged(int from, int to, String buyingActionId, String on) {
        return new ClosingCertaintyChanged(ID, from, to, "milestone " + to, List.of(buyingActionId), REP, NOW, day(on));
    }
}
