package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record NextStepAgreed(String opportunityId,
                             String nextStepId,
                             String description,
                             String goal,
                             LocalDate dueOn,
                             String customerOwner,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
