package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** Missing information was obtained. */
public record InformationGapClosed(String opportunityId,
                                   String informationGapId,
                                   String answer,
                                   String recordedBy,
                                   Instant recordedAt,
                                   LocalDate occurredOn) implements ClosingPlanEvent {
}
