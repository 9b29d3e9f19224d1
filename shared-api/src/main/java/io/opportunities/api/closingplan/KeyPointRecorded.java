package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A key point of the customer's decision was recorded with the people who hold it. */
public record KeyPointRecorded(String opportunityId,
                               String keyPointId,
                               String criterion,
                               @Nullable String bottomLine,
                               List<KeyPointHolder> holders,
                               String recordedBy,
                               Instant recordedAt,
                               LocalDate occurredOn) implements ClosingPlanEvent {

    public KeyPointRecorded {
        holders = holders == null ? List.of() : List.copyOf(holders);
    }
}
