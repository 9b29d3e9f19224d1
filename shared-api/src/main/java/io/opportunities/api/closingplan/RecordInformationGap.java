package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record information we are missing. */
public record RecordInformationGap(@TargetAggregateIdentifier String opportunityId,
                                   @TargetAggregateVersion Long expectedVersion,
                                   String informationGapId,
                                   String question,
                                   String recordedBy,
                                   Instant recordedAt,
                                   LocalDate occurredOn) implements ClosingPlanChange {
}
