package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

/** The next step was done; {@code result} is what it achieved against its goal. */
public record NextStepCompleted(String opportunityId,
                             String nextStepId,
                             String result,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
