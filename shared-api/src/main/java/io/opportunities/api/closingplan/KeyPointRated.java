package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** How well we and our competitors meet a key point was rated. */
public record KeyPointRated(String opportunityId,
                            String keyPointId,
                            @Nullable Rating ourRating,
                            Map<String, Rating> competitorRatings,
                            @Nullable String note,
                            String recordedBy,
                            Instant recordedAt,
                            LocalDate occurredOn) implements ClosingPlanEvent {

    public KeyPointRated {
        competitorRatings = competitorRatings == null ? Map.of() : Map.copyOf(competitorRatings);
    }
}
