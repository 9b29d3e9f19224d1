package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Move the deal back to an earlier stage, e.g. because the customer re-opened the need. */
public record MoveBackStage(@TargetAggregateIdentifier String opportunityId,
                            @TargetAggregateVersion Long expectedVersion,
                            String toStage,
                            String reason,
                            String recordedBy,
                            Instant recordedAt,
                            LocalDate occurredOn) implements OpportunityChange {
}
