package io.opportunities.api.opportunity;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

public record OpportunityLost(String opportunityId,
                             LossReason reason,
                             @Nullable String explanation,
                             @Nullable String competitor,
                             String stage,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
