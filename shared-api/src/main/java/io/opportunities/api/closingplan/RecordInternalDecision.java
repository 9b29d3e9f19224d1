package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record the decision our company made. */
public record RecordInternalDecision(@TargetAggregateIdentifier String opportunityId,
                                     @TargetAggregateVersion Long expectedVersion,
                                     String internalDecisionId,
                                     String decision,
                                     String recordedBy,
                                     Instant recordedAt,
                                     LocalDate occurredOn) implements ClosingPlanChange {
}
