package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Go back to the certainty of the ladder. */
public record RemoveClosingCertaintyOverride(@TargetAggregateIdentifier String opportunityId,
                                             @TargetAggregateVersion Long expectedVersion,
                                             String reason,
                                             String recordedBy,
                                             Instant recordedAt,
                                             LocalDate occurredOn) implements ClosingPlanChange {
}
