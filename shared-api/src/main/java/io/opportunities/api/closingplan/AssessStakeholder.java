package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Assess a person's stance now: receptivity, influence (1 to 5), relationship to us (-2 to +2). Every assessment is
 * kept.
 */
public record AssessStakeholder(@TargetAggregateIdentifier String opportunityId,
                                @TargetAggregateVersion Long expectedVersion,
                                String stakeholderId,
                                Receptivity receptivity,
                                int influence,
                                int relationship,
                                String note,
                                String recordedBy,
                                Instant recordedAt,
                                LocalDate occurredOn) implements ClosingPlanChange {
}
