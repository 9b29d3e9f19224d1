package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

/** The expected close date changed; a later date is a slip, and its reason is kept. */
public record ExpectedCloseDateMoved(String opportunityId,
                             LocalDate previousExpectedCloseOn,
                             LocalDate expectedCloseOn,
                             String reason,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
