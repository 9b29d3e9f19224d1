package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.NextStepAgreed;
import io.opportunities.api.opportunity.NextStepCompleted;
import io.opportunities.api.opportunity.NextStepMissed;
import io.opportunities.api.opportunity.NextStepOutcome;
import io.opportunities.api.opportunity.NextStepRescheduled;
import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.RecordNextStepOutcome;

import java.util.HashMap;
import java.util.Map;

/** The next steps agreed with the customer, as far as the opportunity's rules need them. */
final class NextSteps {

    private final Map<String, NextStep> steps = new HashMap<>();

    /** Decides which event records the outcome, or rejects it. */
    OpportunityEvent outcomeOf(RecordNextStepOutcome command) {
        NextStep step = steps.get(command.nextStepId());
        if (step == null) {
            throw OpportunityRejected.unknownNextStep(command.nextStepId());
        }
        if (step.settled()) {
            throw OpportunityRejected.nextStepSettled(step.nextStepId(), step.outcome());
        }
        return switch (command.outcome()) {
            case DONE -> new NextStepCompleted(command.opportunityId(), step.nextStepId(), command.result(),
                    command.recordedBy(), command.recordedAt(), command.occurredOn());
            case MISSED -> new NextStepMissed(command.opportunityId(), step.nextStepId(), command.result(),
                    command.recordedBy(), command.recordedAt(), command.occurredOn());
            case RESCHEDULED -> {
                if (command.rescheduledTo() == null || command.rescheduledTo().isBefore(command.occurredOn())) {
                    throw OpportunityRejected.rescheduleNeedsDate();
                }
                yield new NextStepRescheduled(command.opportunityId(), step.nextStepId(), step.dueOn(),
                        command.rescheduledTo(), command.result(),
                        command.recordedBy(), command.recordedAt(), command.occurredOn());
            }
        };
    }

    void on(NextStepAgreed event) {
        steps.put(event.nextStepId(), NextStep.agreed(event.nextStepId(), event.dueOn()));
    }

    void on(NextStepCompleted event) {
        steps.computeIfPresent(event.nextStepId(), (id, step) -> step.settledAs(NextStepOutcome.DONE.name()));
    }

    void on(NextStepMissed event) {
        steps.computeIfPresent(event.nextStepId(), (id, step) -> step.settledAs(NextStepOutcome.MISSED.name()));
    }

    void on(NextStepRescheduled event) {
        steps.computeIfPresent(event.nextStepId(), (id, step) -> step.rescheduledTo(event.dueOn()));
    }
}
