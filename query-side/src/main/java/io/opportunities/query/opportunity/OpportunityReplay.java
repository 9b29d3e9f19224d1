package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.api.salesprocess.CertaintyLadder;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.config.SalesProperties;
import io.opportunities.query.timeline.Moment;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * One opportunity as it was at a moment, replayed from its own events in the event store with the projection's fold:
 * the events that happened on or before the business day and were recorded at or before the recording time, in
 * the order of the stream. As of a business date, the closing certainty is worked out again with the ladder from
 * the buying actions that had happened by then.
 */
@Component
class OpportunityReplay {

    private final EventStore eventStore;
    private final RowFold fold;
    private final CertaintyLadder ladder;

    OpportunityReplay(EventStore eventStore, SalesProcess process, SalesProperties properties) {
        this.eventStore = eventStore;
        this.ladder = process.certaintyLadder();
        this.fold = new RowFold(process.certaintyLadder().baseCertainty(), properties.attention().strategicQuestion());
    }

    /** The opportunity at that moment; empty when it had not been opened then (or not recorded). */
    Optional<OpportunityRow> at(String opportunityId, Moment moment) {
        // from sequence 0: the stored events themselves, never a snapshot of the aggregate
        DomainEventStream stream = eventStore.readEvents(opportunityId, 0);
        OpportunityRow row = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof OpportunityEvent event
                    && moment.includes(event.occurredOn(), event.recordedAt())
                    // a fact dated before the opening, while the opening itself lies after the moment, has no deal
                    && (row != null || event instanceof OpportunityOpened)) {
                row = fold.apply(row, event, message.getSequenceNumber());
            }
        }
        if (row != null && moment.asOf() != null) {
            // the certainty the events stated may rest on buying actions that happened after the business day
            row.certaintyFromLadder(ladder);
        }
        return Optional.ofNullable(row);
    }
}
