package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A closing-plan action was done; its result was measured against its goal. */
public record ClosingActionCompleted(String opportunityId,
                                     String actionId,
                                     String result,
                                     boolean goalMet,
                                     String recordedBy,
                                     Instant recordedAt,
                                     LocalDate occurredOn) implements ClosingPlanEvent {
}
