package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Take a person out of the buying centre: they left, or are no longer involved. */
public record RemoveStakeholder(@TargetAggregateIdentifier String opportunityId,
                                @TargetAggregateVersion Long expectedVersion,
                                String stakeholderId,
                                StakeholderRemoval removal,
                                String reason,
                                String recordedBy,
                                Instant recordedAt,
                                LocalDate occurredOn) implements ClosingPlanChange {
}
