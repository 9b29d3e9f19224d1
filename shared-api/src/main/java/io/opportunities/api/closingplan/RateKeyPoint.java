package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Rate how well we (ourRating) and competitors (by competitor id) meet a key point. */
public record RateKeyPoint(@TargetAggregateIdentifier String opportunityId,
                           @TargetAggregateVersion Long expectedVersion,
                           String keyPointId,
                           Rating ourRating,
                           Map<String, Rating> competitorRatings,
                           String note,
                           String recordedBy,
                           Instant recordedAt,
                           LocalDate occurredOn) implements ClosingPlanChange {

    public RateKeyPoint {
        competitorRatings = competitorRatings == null ? Map.of() : Map.copyOf(competitorRatings);
    }
}
