package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record a competitor for this deal: strengths, weaknesses and their allies inside the customer (stakeholder ids). */
public record RecordCompetitor(@TargetAggregateIdentifier String opportunityId,
                               @TargetAggregateVersion Long expectedVersion,
                               String competitorId,
                               String name,
                               String strengths,
                               String weaknesses,
                               List<String> allies,
                               String recordedBy,
                               Instant recordedAt,
                               LocalDate occurredOn) implements ClosingPlanChange {

    public RecordCompetitor {
        allies = allies == null ? List.of() : List.copyOf(allies);
    }
}
