package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A risk to the deal was recorded. */
public record RiskRecorded(String opportunityId,
                           String riskId,
                           String description,
                           RiskCategory category,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate occurredOn) implements ClosingPlanEvent {
}
