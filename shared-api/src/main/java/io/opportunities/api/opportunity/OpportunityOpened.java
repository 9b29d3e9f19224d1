package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record OpportunityOpened(String opportunityId,
                             String customer,
                             String title,
                             String product,
                             String owner,
                             Money estimatedValue,
                             LocalDate expectedCloseOn,
                             WarningSignal warningSignal,
                             String stage,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
