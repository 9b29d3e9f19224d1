package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record how a risk was mitigated. */
public record MitigateRisk(@TargetAggregateIdentifier String opportunityId,
                           @TargetAggregateVersion Long expectedVersion,
                           String riskId,
                           String mitigation,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate occurredOn) implements ClosingPlanChange {
}
