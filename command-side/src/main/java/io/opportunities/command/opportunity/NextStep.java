package io.opportunities.command.opportunity;

import java.time.LocalDate;

/** What the aggregate must know of a next step to decide on its outcome: its due date and whether it is settled. */
record NextStep(String nextStepId, LocalDate dueOn, String outcome) {

    static NextStep agreed(String nextStepId, LocalDate dueOn) {
        return new NextStep(nextStepId, dueOn, null);
    }

    boolean settled() {
        return outcome != null;
    }

    NextStep rescheduledTo(LocalDate newDueOn) {
        return new NextStep(nextStepId, newDueOn, null);
    }

    NextStep settledAs(String settledOutcome) {
        return new NextStep(nextStepId, dueOn, settledOutcome);
    }
}
