package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.AgreeNextStep;
import io.opportunities.api.opportunity.NextStepCompleted;
import io.opportunities.api.opportunity.NextStepMissed;
import io.opportunities.api.opportunity.NextStepOutcome;
import io.opportunities.api.opportunity.NextStepRescheduled;
import io.opportunities.api.opportunity.RecordNextStepOutcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class NextStepTest extends OpportunityFixtureTest {

    private static RecordNextStepOutcome outcome(String stepId, NextStepOutcome outcome, LocalDate rescheduledTo) {
        return new RecordNextStepOutcome(ID, null, stepId, outcome, "as agreed", rescheduledTo, REP, NOW,
                day("2026-10-12"));
    }

    @Test
    void givenOpenOpportunity_whenAgreeNextStep_thenAgreedWithGoalDueDateAndCustomerOwner() {
        fixture.given(opened())
                .when(new AgreeNextStep(ID, null, "ns-1", "Workshop", "Agree key issues", day("2026-10-12"), "Jane",
                        REP, NOW, day("2026-10-05")))
                .expectEvents(nextStepAgreed("ns-1", "2026-10-12"));
    }

    @Test
    void givenOpenOpportunity_whenNextStepIsDueBeforeItWasAgreed_thenRejected() {
        rejectedBy(fixture.given(opened())
                .when(new AgreeNextStep(ID, null, "ns-1", "Workshop", "Goal", day("2026-10-01"), "Jane",
                        REP, NOW, day("2026-10-05"))), "next-step-due-before-agreed");
    }

    @Test
    void givenAgreedNextStep_whenDone_thenCompleted() {
        fixture.given(opened(), nextStepAgreed("ns-1", "2026-10-12"))
                .when(outcome("ns-1", NextStepOutcome.DONE, null))
                .expectEvents(new NextStepCompleted(ID, "ns-1", "as agreed", REP, NOW, day("2026-10-12")));
    }

    @Test
    void givenAgreedNextStep_whenMissed_thenMissed() {
        fixture.given(opened(), nextStepAgreed("ns-1", "2026-10-12"))
                .when(outcome("ns-1", NextStepOutcome.MISSED, null))
                .expectEvents(new NextStepMissed(ID, "ns-1", "as agreed", REP, NOW, day("2026-10-12")));
    }

    @Test
    void givenAgreedNextStep_whenRescheduled_thenRescheduledFromItsOldDueDate() {
        fixture.given(opened(), nextStepAgreed("ns-1", "2026-10-12"))
                .when(outcome("ns-1", NextStepOutcome.RESCHEDULED, day("2026-10-19")))
                .expectEvents(new NextStepRescheduled(ID, "ns-1", day("2026-10-12"), day("2026-10-19"), "as agreed",
                        REP, NOW, day("2026-10-12")));
    }

    @Test
    void givenRescheduledNextStep_whenDone_thenCompleted() {
        fixture.given(opened(), nextStepAgreed("ns-1", "2026-10-12"), new NextStepRescheduled(ID, "ns-1",
                        day("2026-10-12"), day("2026-10-19"), "later", REP, NOW, day("2026-10-11")))
                .when(outcome("ns-1", NextStepOutcome.DONE, null))
                .expectEvents(new NextStepCompleted(ID, "ns-1", "as agreed", REP, NOW, day("2026-10-12")));
    }

    @Test
    void givenAgreedNextStep_whenRescheduledWithoutANewDate_thenRejected() {
        rejectedBy(fixture.given(opened(), nextStepAgreed("ns-1", "2026-10-12"))
                .when(outcome("ns-1", NextStepOutcome.RESCHEDULED, null)), "reschedule-needs-date");
    }

    @Test
    void givenCompletedNextStep_whenAnotherOutcome_thenRejected() {
        rejectedBy(fixture.given(opened(), nextStepAgreed("ns-1", "2026-10-12"),
                        new NextStepCompleted(ID, "ns-1", "done", REP, NOW, day("2026-10-12")))
                .when(outcome("ns-1", NextStepOutcome.MISSED, null)), "next-step-already-settled");
    }

    @Test
    void givenOpenOpportunity_whenOutcomeOfAnUnknownNextStep_thenRejected() {
        rejectedBy(fixture.given(opened()).when(outcome("ns-9", NextStepOutcome.DONE, null)), "unknown-next-step");
    }
}
