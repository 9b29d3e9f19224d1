package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** Our company made a decision the deal needed. */
public record InternalDecisionRecorded(String opportunityId,
                                       String internalDecisionId,
                                       String decision,
                                       String recordedBy,
                                       Instant recordedAt,
                                       LocalDate occurredOn) implements ClosingPlanEvent {
}
