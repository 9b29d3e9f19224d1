package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record EstimatedValueRevised(String opportunityId,
                             Money previousValue,
                             Money estimatedValue,
                             String reason,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
