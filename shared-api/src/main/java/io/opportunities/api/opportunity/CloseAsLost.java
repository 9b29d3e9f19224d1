package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Close the deal as lost, with the reason and, where there is one, the competitor who won it. */
public record CloseAsLost(@TargetAggregateIdentifier String opportunityId,
                          @TargetAggregateVersion Long expectedVersion,
                          LossReason reason,
                          String explanation,
                          String competitor,
                          String recordedBy,
                          Instant recordedAt,
                          LocalDate occurredOn) implements OpportunityChange {
}
