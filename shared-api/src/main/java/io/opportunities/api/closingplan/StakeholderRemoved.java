package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A person no longer belongs to the buying centre. */
public record StakeholderRemoved(String opportunityId,
                                 String stakeholderId,
                                 StakeholderRemoval removal,
                                 String reason,
                                 String recordedBy,
                                 Instant recordedAt,
                                 LocalDate occurredOn) implements ClosingPlanEvent {
}
