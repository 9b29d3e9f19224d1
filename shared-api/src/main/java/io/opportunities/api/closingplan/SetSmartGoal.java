package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Set the deal's SMART goal: what, how it is measured, by when. */
public record SetSmartGoal(@TargetAggregateIdentifier String opportunityId,
                           @TargetAggregateVersion Long expectedVersion,
                           String goal,
                           String measure,
                           LocalDate dueOn,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate occurredOn) implements ClosingPlanChange {
}
