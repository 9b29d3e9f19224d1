package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record that the deal meets seed 001's four qualification criteria, each with the note that shows it. */
public record QualifyOpportunity(@TargetAggregateIdentifier String opportunityId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 QualificationCriterion identifiedNeed,
                                 QualificationCriterion intentToBuyOrReplace,
                                 QualificationCriterion funds,
                                 QualificationCriterion timeFrame,
                                 String recordedBy,
                                 Instant recordedAt,
                                 LocalDate occurredOn) implements OpportunityChange {
}
