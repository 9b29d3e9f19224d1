package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A risk to the deal was mitigated. */
public record RiskMitigated(String opportunityId,
                            String riskId,
                            String mitigation,
                            String recordedBy,
                            Instant recordedAt,
                            LocalDate occurredOn) implements ClosingPlanEvent {
}
