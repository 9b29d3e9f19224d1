package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A decision of our own company was requested. */
public record InternalDecisionRequested(String opportunityId,
                                        String internalDecisionId,
                                        String question,
                                        String decidedBy,
                                        String recordedBy,
                                        Instant recordedAt,
                                        LocalDate occurredOn) implements ClosingPlanEvent {
}
