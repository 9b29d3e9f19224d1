package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record BuyingActionRecorded(String opportunityId,
                             String buyingActionId,
                             String type,
                             String description,
                             String evidence,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
