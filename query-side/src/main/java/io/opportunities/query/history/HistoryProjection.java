package io.opportunities.query.history;

import io.opportunities.api.closingplan.StakeholderPersonalDataErased;
import io.opportunities.api.opportunity.ClosingPlanEvent;
import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.messaging.MessageKeys;
import io.opportunities.platform.projection.BatchedInserts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.Map;

/**
 * The audited timeline of every opportunity: one entry per event, in order, with who recorded it, when, the business
 * date it happened, the request it came from (correlation id) and the command that caused it (causation id), in
 * readable words and with the event's own fields.
 */
@Component
@ProcessingGroup(HistoryProjection.PROCESSING_GROUP)
class HistoryProjection {

    static final String PROCESSING_GROUP = "history";

    private final JdbcClient jdbc;
    /** One entry per event: inserted in JDBC batches. */
    private final BatchedInserts entries;
    private final HistoryDescriptions descriptions;
    private final JsonMapper json;
    private final EventStore eventStore;

    HistoryProjection(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SalesProcess process, JsonMapper json,
                      EventStore eventStore) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.entries = new BatchedInserts(jdbcTemplate);
        this.descriptions = new HistoryDescriptions(process);
        this.json = json;
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version,
            @MetaDataValue(MessageKeys.CORRELATION_ID) String correlationId,
            @MetaDataValue(MessageKeys.CAUSATION_ID) String causationId) {
        if (event instanceof StakeholderPersonalDataErased) {
            rewriteBefore(event.opportunityId(), version);
        }
        record(event, version, correlationId, causationId);
    }

    /**
     * An erasure rewrites the deal's entries before it from its events, which now read the person's data as erased
     * (their key is gone): their name leaves every summary and every event's fields, and the entries stay.
     */
    private void rewriteBefore(String opportunityId, long version) {
        entries.flush(); // the entries this batch inserted so far go too
        jdbc.sql("DELETE FROM opportunity_history WHERE opportunity_id = ? AND version < ?")
                .params(opportunityId, version).update();
        jdbc.sql("DELETE FROM opportunity_history_name WHERE opportunity_id = ?").param(opportunityId).update();
        DomainEventStream stored = eventStore.readEvents(opportunityId, 0);
        while (stored.hasNext()) {
            DomainEventMessage<?> message = stored.next();
            if (message.getSequenceNumber() >= version) {
                break;
            }
            if (message.getPayload() instanceof OpportunityEvent earlier) {
                record(earlier, message.getSequenceNumber(),
                        (String) message.getMetaData().get(MessageKeys.CORRELATION_ID),
                        (String) message.getMetaData().get(MessageKeys.CAUSATION_ID));
            }
        }
    }

    private void record(OpportunityEvent event, long version, String correlationId, String causationId) {
        if (event instanceof ClosingPlanEvent planEvent) {
            Map.Entry<String, String> named = ClosingPlanDescriptions.namedBy(planEvent);
            if (named != null) {
                remember(event.opportunityId(), named.getKey(), named.getValue());
            }
        }
        String summary = descriptions.describe(event, id -> nameOf(event.opportunityId(), id));
        entries.insert("""
                        INSERT INTO opportunity_history
                            (opportunity_id, version, event_type, summary, recorded_by, recorded_at, occurred_on, details,
                             correlation_id, causation_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.opportunityId(), version, event.getClass().getSimpleName(), summary, event.recordedBy(),
                Timestamp.from(event.recordedAt()), event.occurredOn(), json.writeValueAsString(event), correlationId,
                causationId);
    }

    /** Replayed or redelivered events name the same id again: the latest name wins. */
    private void remember(String opportunityId, String itemId, String name) {
        int updated = jdbc.sql("UPDATE opportunity_history_name SET name = ? WHERE opportunity_id = ? AND item_id = ?")
                .params(name, opportunityId, itemId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO opportunity_history_name (opportunity_id, item_id, name) VALUES (?, ?, ?)")
                    .params(opportunityId, itemId, name).update();
        }
    }

    private String nameOf(String opportunityId, String itemId) {
        return jdbc.sql("SELECT name FROM opportunity_history_name WHERE opportunity_id = ? AND item_id = ?")
                .params(opportunityId, itemId).query(String.class).optional().orElse(itemId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM opportunity_history").update();
        jdbc.sql("DELETE FROM opportunity_history_name").update();
    }
}
