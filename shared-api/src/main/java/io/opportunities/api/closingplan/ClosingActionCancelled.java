package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A closing-plan action was cancelled. */
public record ClosingActionCancelled(String opportunityId,
                                     String actionId,
                                     String reason,
                                     String recordedBy,
                                     Instant recordedAt,
                                     LocalDate occurredOn) implements ClosingPlanEvent {
}
