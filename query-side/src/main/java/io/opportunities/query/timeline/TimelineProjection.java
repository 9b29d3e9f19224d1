package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.salesprocess.SalesProcess;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Writes each deal's timeline: one row per event that changes what the list, the funnel, the forecast or the
 * conversion report read, so that those can be folded as of any business date and recording time.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class TimelineProjection {

    static final String PROCESSING_GROUP = "timeline";

    private final JdbcClient jdbc;
    private final int baseCertainty;

    TimelineProjection(JdbcClient jdbc, SalesProcess process) {
        this.jdbc = jdbc;
        this.baseCertainty = process.certaintyLadder().baseCertainty();
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        TimelineEntry.of(event, version, baseCertainty).ifPresent(entry -> jdbc.sql("""
                        INSERT INTO opportunity_timeline (opportunity_id, version, occurred_on, recorded_at, change,
                            stage, from_stage, status, amount, currency, expected_close_on, previous_expected_close_on,
                            certainty, item_id, buying_action_type, due_on, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.opportunityId(), entry.version(), entry.occurredOn(), Timestamp.from(entry.recordedAt()),
                        entry.change().name(), entry.stage(), entry.fromStage(),
                        entry.status() == null ? null : entry.status().name(), entry.amount(), entry.currency(),
                        entry.expectedCloseOn(), entry.previousExpectedCloseOn(), entry.certainty(),
                        entry.itemId(), entry.buyingActionType(), entry.dueOn(), entry.reason())
                .update());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM opportunity_timeline").update();
    }
}
