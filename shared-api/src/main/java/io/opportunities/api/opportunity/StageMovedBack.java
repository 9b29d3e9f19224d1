package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record StageMovedBack(String opportunityId,
                             String fromStage,
                             String toStage,
                             String reason,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
