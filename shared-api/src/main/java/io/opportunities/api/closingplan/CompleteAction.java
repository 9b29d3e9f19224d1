package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Complete a closing-plan action with its result, measured against its goal. */
public record CompleteAction(@TargetAggregateIdentifier String opportunityId,
                             @TargetAggregateVersion Long expectedVersion,
                             String actionId,
                             String result,
                             boolean goalMet,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements ClosingPlanChange {
}
