package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record a verifiable act of the customer, of a type from the sales process's catalogue. */
public record RecordBuyingAction(@TargetAggregateIdentifier String opportunityId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 String buyingActionId,
                                 String type,
                                 String description,
                                 String evidence,
                                 String recordedBy,
                                 Instant recordedAt,
                                 LocalDate occurredOn) implements OpportunityChange {
}
