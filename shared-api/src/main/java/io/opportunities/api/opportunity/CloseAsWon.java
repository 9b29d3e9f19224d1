package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Close the deal as won, for the value agreed (null: the current estimated value). */
public record CloseAsWon(@TargetAggregateIdentifier String opportunityId,
                         @TargetAggregateVersion Long expectedVersion,
                         Money wonValue,
                         String recordedBy,
                         Instant recordedAt,
                         LocalDate occurredOn) implements OpportunityChange {
}
