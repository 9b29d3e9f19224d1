package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.ClosingPlanChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The two rules every closing-plan command passes before its handler runs, checked for each of them: the deal must
 * be open, and the fact cannot have happened on a date still to come.
 */
class ClosingPlanGuardTest extends OpportunityFixtureTest {

    private static final LocalDate ON = day("2026-10-11");
    private static final LocalDate FUTURE = day("2026-12-24");

    /** Every closing-plan command, for a given business date. */
    static List<Function<LocalDate, ClosingPlanChange>> everyClosingPlanCommand() {
        return List.of(
                on -> new IdentifyStakeholder(ID, null, "s-1", "Dana", "CFO", StakeholderRole.DECISION_MAKER, null,
                        null, null, null, REP, NOW, on),
                on -> new AssessStakeholder(ID, null, "s-1", Receptivity.G, 3, 0, null, REP, NOW, on),
                on -> new RemoveStakeholder(ID, null, "s-1", StakeholderRemoval.LEFT, "Retired", REP, NOW, on),
                on -> new RecordCompetitor(ID, null, "c-1", "Initech", null, null, List.of(), REP, NOW, on),
                on -> new RecordKeyPoint(ID, null, "k-1", "Unit cost", null, List.of(), REP, NOW, on),
                on -> new RateKeyPoint(ID, null, "k-1", Rating.GOOD, Map.of(), null, REP, NOW, on),
                on -> new AssessOpportunity(ID, null, List.of(new AssessmentAnswer("SOLUTION_VALUE", 3, null)),
                        REP, NOW, on),
                on -> new SetSmartGoal(ID, null, "Order", "PO", day("2027-03-31"), REP, NOW, on),
                on -> new PlanAction(ID, null, "a-1", "Call", "Date", "sam", day("2027-01-31"), null,
                        ActionSide.INTERNAL, InfluenceTarget.NEED, null, null, null, REP, NOW, on),
                on -> new CompleteAction(ID, null, "a-1", "done", true, REP, NOW, on),
                on -> new CancelAction(ID, null, "a-1", "not needed", REP, NOW, on),
                on -> new RecordRisk(ID, null, "r-1", "Delivery", RiskCategory.DELIVERY, REP, NOW, on),
                on -> new MitigateRisk(ID, null, "r-1", "Reserved", REP, NOW, on),
                on -> new RecordInformationGap(ID, null, "g-1", "Who signs?", REP, NOW, on),
                on -> new CloseInformationGap(ID, null, "g-1", "The CEO", REP, NOW, on),
                on -> new RequestInternalDecision(ID, null, "d-1", "Discount?", "Board", REP, NOW, on),
                on -> new RecordInternalDecision(ID, null, "d-1", "No", REP, NOW, on),
                on -> new OverrideClosingCertainty(ID, null, 50, "Renewal", REP, NOW, on),
                on -> new RemoveClosingCertaintyOverride(ID, null, "Buyer changed", REP, NOW, on));
    }

    @ParameterizedTest
    @MethodSource("everyClosingPlanCommand")
    void givenWonOpportunity_whenAnyClosingPlanCommand_thenRejectedAsClosed(Function<LocalDate, ClosingPlanChange> command) {
        rejectedBy(fixture.given(opened(), won("2026-10-10")).when(command.apply(ON)), "opportunity-closed");
    }

    @ParameterizedTest
    @MethodSource("everyClosingPlanCommand")
    void givenOpenOpportunity_whenAnyClosingPlanCommandHappensInTheFuture_thenRejected(
            Function<LocalDate, ClosingPlanChange> command) {
        rejectedBy(fixture.given(opened()).when(command.apply(FUTURE)), "occurred-in-future");
    }
}
