package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** Information we are missing was recorded. */
public record InformationGapRecorded(String opportunityId,
                                     String informationGapId,
                                     String question,
                                     String recordedBy,
                                     Instant recordedAt,
                                     LocalDate occurredOn) implements ClosingPlanEvent {
}
