package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** The manual closing certainty was removed; the ladder's applies again. */
public record ClosingCertaintyOverrideRemoved(String opportunityId,
                                              int ladderCertainty,
                                              String reason,
                                              String recordedBy,
                                              Instant recordedAt,
                                              LocalDate occurredOn) implements ClosingPlanEvent {
}
