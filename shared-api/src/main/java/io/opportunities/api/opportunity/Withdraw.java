package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Withdraw the deal: no decision, or disqualified. Reported apart from losses. */
public record Withdraw(@TargetAggregateIdentifier String opportunityId,
                       @TargetAggregateVersion Long expectedVersion,
                       WithdrawalKind kind,
                       String reason,
                       String recordedBy,
                       Instant recordedAt,
                       LocalDate occurredOn) implements OpportunityChange {
}
