package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record OpportunityWithdrawn(String opportunityId,
                             WithdrawalKind kind,
                             String reason,
                             String stage,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
