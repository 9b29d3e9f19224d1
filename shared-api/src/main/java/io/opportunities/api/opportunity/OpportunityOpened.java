package io.opportunities.api.opportunity;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal was opened in {@code stage}, the process's first. {@code importedFrom} names the source of a deal whose
 * history was imported from another system; it is null for a deal opened here (and in events stored before it
 * existed).
 */
public record OpportunityOpened(String opportunityId,
                             String customer,
                             String title,
                             @Nullable String product,
                             String owner,
                             Money estimatedValue,
                             LocalDate expectedCloseOn,
                             WarningSignal warningSignal,
                             String stage,
                             @Nullable ImportOrigin importedFrom,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
