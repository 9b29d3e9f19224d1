package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record how an agreed next step turned out against its goal; a rescheduled step needs its new due date. */
public record RecordNextStepOutcome(@TargetAggregateIdentifier String opportunityId,
                                    @TargetAggregateVersion Long expectedVersion,
                                    String nextStepId,
                                    NextStepOutcome outcome,
                                    String result,
                                    LocalDate rescheduledTo,
                                    String recordedBy,
                                    Instant recordedAt,
                                    LocalDate occurredOn) implements OpportunityChange {
}
