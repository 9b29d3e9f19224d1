package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A person's stance towards the deal was assessed. */
public record StakeholderAssessed(String opportunityId,
                                  String stakeholderId,
                                  Receptivity receptivity,
                                  int influence,
                                  int relationship,
                                  @Nullable String note,
                                  String recordedBy,
                                  Instant recordedAt,
                                  LocalDate occurredOn) implements ClosingPlanEvent {
}
