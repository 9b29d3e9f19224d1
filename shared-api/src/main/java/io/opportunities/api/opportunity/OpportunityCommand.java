package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to change an opportunity. Who asks and when come in with the command, so the aggregate never reads
 * a clock: {@code recordedAt} is when the system took the fact, {@code occurredOn} the business date it happened.
 */
public sealed interface OpportunityCommand permits OpenOpportunity, ImportOpportunityHistory, OpportunityChange {

    String opportunityId();

    String recordedBy();

    Instant recordedAt();

    LocalDate occurredOn();
}
