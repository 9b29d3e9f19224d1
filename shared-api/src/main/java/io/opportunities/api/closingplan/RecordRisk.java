package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record a risk that could prevent winning or delivering. */
public record RecordRisk(@TargetAggregateIdentifier String opportunityId,
                         @TargetAggregateVersion Long expectedVersion,
                         String riskId,
                         String description,
                         RiskCategory category,
                         String recordedBy,
                         Instant recordedAt,
                         LocalDate occurredOn) implements ClosingPlanChange {
}
