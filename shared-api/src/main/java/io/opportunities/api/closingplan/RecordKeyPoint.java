package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record a decision criterion, its bottom line (the minimum acceptable level) and who holds it, as push or block. */
public record RecordKeyPoint(@TargetAggregateIdentifier String opportunityId,
                             @TargetAggregateVersion Long expectedVersion,
                             String keyPointId,
                             String criterion,
                             String bottomLine,
                             List<KeyPointHolder> holders,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements ClosingPlanChange {

    public RecordKeyPoint {
        holders = holders == null ? List.of() : List.copyOf(holders);
    }
}
