package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer bought. {@code openActionIds} names the closing-plan actions still open at that moment, so that none
 * is left open silently; events stored before it existed read as an empty list.
 */
public record OpportunityWon(String opportunityId,
                             Money wonValue,
                             String stage,
                             List<String> openActionIds,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {

    public OpportunityWon {
        openActionIds = openActionIds == null ? List.of() : List.copyOf(openActionIds);
    }
}
