package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person of the buying centre asked to have their personal data erased (or the law requires it): their name,
 * title, business goal and challenge, and personal win are made unreadable everywhere, in the events already stored
 * too, while the deal's history keeps every fact.
 */
public record EraseStakeholderPersonalData(@TargetAggregateIdentifier String opportunityId,
                                           @TargetAggregateVersion Long expectedVersion,
                                           String stakeholderId,
                                           String recordedBy,
                                           Instant recordedAt,
                                           LocalDate occurredOn) implements ClosingPlanChange {
}
