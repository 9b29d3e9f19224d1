package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record NextStepMissed(String opportunityId,
                             String nextStepId,
                             String result,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
