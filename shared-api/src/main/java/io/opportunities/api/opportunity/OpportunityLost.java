package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record OpportunityLost(String opportunityId,
                             LossReason reason,
                             String explanation,
                             String competitor,
                             String stage,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
