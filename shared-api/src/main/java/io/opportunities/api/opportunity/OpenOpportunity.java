package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Open a potential sale to one customer, surfaced by a warning signal. The id is chosen by the caller. */
public record OpenOpportunity(@TargetAggregateIdentifier String opportunityId,
                              String customer,
                              String title,
                              String product,
                              String owner,
                              Money estimatedValue,
                              LocalDate expectedCloseOn,
                              WarningSignal warningSignal,
                              String recordedBy,
                              Instant recordedAt,
                              LocalDate occurredOn) implements OpportunityCommand {
}
