package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Ask for a decision our own company must make to win the deal (e.g. a discount, a delivery commitment). */
public record RequestInternalDecision(@TargetAggregateIdentifier String opportunityId,
                                      @TargetAggregateVersion Long expectedVersion,
                                      String internalDecisionId,
                                      String question,
                                      String decidedBy,
                                      String recordedBy,
                                      Instant recordedAt,
                                      LocalDate occurredOn) implements ClosingPlanChange {
}
