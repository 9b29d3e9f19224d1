package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** The deal's SMART goal was set. */
public record SmartGoalSet(String opportunityId,
                           String goal,
                           String measure,
                           LocalDate dueOn,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate occurredOn) implements ClosingPlanEvent {
}
