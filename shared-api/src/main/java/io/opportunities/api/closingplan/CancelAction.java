package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Cancel a closing-plan action that will not be done. */
public record CancelAction(@TargetAggregateIdentifier String opportunityId,
                           @TargetAggregateVersion Long expectedVersion,
                           String actionId,
                           String reason,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate occurredOn) implements ClosingPlanChange {
}
