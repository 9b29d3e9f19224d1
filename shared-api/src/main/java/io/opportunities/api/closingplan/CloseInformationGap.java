package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record the missing information once obtained. */
public record CloseInformationGap(@TargetAggregateIdentifier String opportunityId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  String informationGapId,
                                  String answer,
                                  String recordedBy,
                                  Instant recordedAt,
                                  LocalDate occurredOn) implements ClosingPlanChange {
}
