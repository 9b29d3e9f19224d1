package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record NextStepRescheduled(String opportunityId,
                             String nextStepId,
                             LocalDate previousDueOn,
                             LocalDate dueOn,
                             String result,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
