package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The deal moved forwards; {@code evidence} holds the ids of the buying actions that met the exit criteria. */
public record StageAdvanced(String opportunityId,
                             String fromStage,
                             String toStage,
                             List<String> evidence,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
