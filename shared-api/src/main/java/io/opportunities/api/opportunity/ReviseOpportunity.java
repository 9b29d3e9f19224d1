package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Revise the estimated value and/or the expected close date (null leaves it as it is), with a reason. */
public record ReviseOpportunity(@TargetAggregateIdentifier String opportunityId,
                                @TargetAggregateVersion Long expectedVersion,
                                Money estimatedValue,
                                LocalDate expectedCloseOn,
                                String reason,
                                String recordedBy,
                                Instant recordedAt,
                                LocalDate occurredOn) implements OpportunityChange {
}
