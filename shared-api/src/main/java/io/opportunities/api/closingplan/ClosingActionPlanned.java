package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A closing-plan action was planned. */
public record ClosingActionPlanned(String opportunityId,
                                   String actionId,
                                   String what,
                                   String goal,
                                   String owner,
                                   LocalDate dueOn,
                                   @Nullable String method,
                                   ActionSide side,
                                   InfluenceTarget influences,
                                   @Nullable String stakeholderId,
                                   @Nullable String keyPointId,
                                   @Nullable KeyPointStrategy strategy,
                                   String recordedBy,
                                   Instant recordedAt,
                                   LocalDate occurredOn) implements ClosingPlanEvent {
}
