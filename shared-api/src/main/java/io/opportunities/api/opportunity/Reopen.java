package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Reopen a closed deal in the stage it was closed in. */
public record Reopen(@TargetAggregateIdentifier String opportunityId,
                     @TargetAggregateVersion Long expectedVersion,
                     String reason,
                     String recordedBy,
                     Instant recordedAt,
                     LocalDate occurredOn) implements OpportunityChange {
}
