package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Plan a closing-plan action: what, to what end, who, by when, how, internal or external, and what it influences;
 * optionally a strategy on a key point.
 */
public record PlanAction(@TargetAggregateIdentifier String opportunityId,
                         @TargetAggregateVersion Long expectedVersion,
                         String actionId,
                         String what,
                         String goal,
                         String owner,
                         LocalDate dueOn,
                         String method,
                         ActionSide side,
                         InfluenceTarget influences,
                         String stakeholderId,
                         String keyPointId,
                         KeyPointStrategy strategy,
                         String recordedBy,
                         Instant recordedAt,
                         LocalDate occurredOn) implements ClosingPlanChange {
}
