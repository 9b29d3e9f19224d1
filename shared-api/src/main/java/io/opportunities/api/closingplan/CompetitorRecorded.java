package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A competitor for the deal was recorded. */
public record CompetitorRecorded(String opportunityId,
                                 String competitorId,
                                 String name,
                                 @Nullable String strengths,
                                 @Nullable String weaknesses,
                                 List<String> allies,
                                 String recordedBy,
                                 Instant recordedAt,
                                 LocalDate occurredOn) implements ClosingPlanEvent {

    public CompetitorRecorded {
        allies = allies == null ? List.of() : List.copyOf(allies);
    }
}
