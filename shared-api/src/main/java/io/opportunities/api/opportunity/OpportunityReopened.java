package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record OpportunityReopened(String opportunityId,
                             String reason,
                             String stage,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
