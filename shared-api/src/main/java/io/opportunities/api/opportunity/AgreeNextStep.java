package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Record a next step agreed with the customer: what, to what end, by when, and who on their side owns it. */
public record AgreeNextStep(@TargetAggregateIdentifier String opportunityId,
                            @TargetAggregateVersion Long expectedVersion,
                            String nextStepId,
                            String description,
                            String goal,
                            LocalDate dueOn,
                            String customerOwner,
                            String recordedBy,
                            Instant recordedAt,
                            LocalDate occurredOn) implements OpportunityChange {
}
