package io.opportunities.query.history;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.salesprocess.SalesProcess;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;

/**
 * The audited timeline of every opportunity: one entry per event, in order, with who recorded it, when, and the
 * business date it happened, in readable words and with the event's own fields.
 */
@Component
@ProcessingGroup(HistoryProjection.PROCESSING_GROUP)
class HistoryProjection {

    static final String PROCESSING_GROUP = "history";

    private final JdbcClient jdbc;
    private final HistoryDescriptions descriptions;
    private final JsonMapper json;

    HistoryProjection(JdbcClient jdbc, SalesProcess process, JsonMapper json) {
        this.jdbc = jdbc;
        this.descriptions = new HistoryDescriptions(process);
        this.json = json;
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO opportunity_history
                            (opportunity_id, version, event_type, summary, recorded_by, recorded_at, occurred_on, details)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.opportunityId(), version, event.getClass().getSimpleName(),
                        descriptions.describe(event), event.recordedBy(), Timestamp.from(event.recordedAt()),
                        event.occurredOn(), json.writeValueAsString(event))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM opportunity_history").update();
    }
}
