package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** State a closing certainty other than the ladder's, with the reason; it stays visible as an override. */
public record OverrideClosingCertainty(@TargetAggregateIdentifier String opportunityId,
                                       @TargetAggregateVersion Long expectedVersion,
                                       int certainty,
                                       String reason,
                                       String recordedBy,
                                       Instant recordedAt,
                                       LocalDate occurredOn) implements ClosingPlanChange {
}
