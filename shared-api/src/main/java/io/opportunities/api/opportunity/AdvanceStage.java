package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Move the deal forwards to {@code toStage}; the exit criteria of every stage it leaves must be on record. */
public record AdvanceStage(@TargetAggregateIdentifier String opportunityId,
                           @TargetAggregateVersion Long expectedVersion,
                           String toStage,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate occurredOn) implements OpportunityChange {
}
