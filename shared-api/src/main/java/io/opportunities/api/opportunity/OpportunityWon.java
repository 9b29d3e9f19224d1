package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record OpportunityWon(String opportunityId,
                             Money wonValue,
                             String stage,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
