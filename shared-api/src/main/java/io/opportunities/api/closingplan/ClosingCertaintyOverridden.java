package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The closing certainty was overridden by hand; ladderCertainty is what the verified milestones gave at that
 * moment.
 */
public record ClosingCertaintyOverridden(String opportunityId,
                                         int certainty,
                                         int ladderCertainty,
                                         String reason,
                                         String recordedBy,
                                         Instant recordedAt,
                                         LocalDate occurredOn) implements ClosingPlanEvent {
}
