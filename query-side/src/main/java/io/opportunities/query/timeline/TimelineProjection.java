package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.salesprocess.CertaintyLadder;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.projection.BatchedInserts;
import io.opportunities.platform.projection.ProjectionSavepoints;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Writes each deal's timeline: one row per event that changes what the list, the funnel, the forecast or the
 * conversion report read, so that those can be folded as of any business date and recording time; and, from the
 * timeline, the deal's funnel figures over business time (its intervals), which the funnel as of a date reads.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class TimelineProjection {

    static final String PROCESSING_GROUP = "timeline";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    /** One entry per figure-moving event: inserted in JDBC batches. */
    private final BatchedInserts entries;
    private final Timeline timeline;
    private final CertaintyLadder ladder;
    private final int baseCertainty;

    TimelineProjection(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Timeline timeline, SalesProcess process) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.entries = new BatchedInserts(jdbcTemplate);
        this.timeline = timeline;
        this.ladder = process.certaintyLadder();
        this.baseCertainty = ladder.baseCertainty();
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        TimelineEntry.of(event, version, baseCertainty).ifPresent(entry -> {
            insert(entry);
            if (DealIntervals.changesFigures(entry.change())) {
                // once per deal and batch, from the deal's whole timeline as the batch leaves it
                ProjectionSavepoints.beforeCommit("intervals/" + entry.opportunityId(),
                        () -> rebuildIntervals(entry.opportunityId()));
            }
        });
    }

    private void insert(TimelineEntry entry) {
        entries.insert("""
                        INSERT INTO opportunity_timeline (opportunity_id, version, occurred_on, recorded_at, change,
                            stage, from_stage, status, amount, currency, expected_close_on, previous_expected_close_on,
                            certainty, item_id, buying_action_type, due_on, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.opportunityId(), entry.version(), entry.occurredOn(), Timestamp.from(entry.recordedAt()),
                entry.change().name(), entry.stage(), entry.fromStage(),
                entry.status() == null ? null : entry.status().name(), entry.amount(), entry.currency(),
                entry.expectedCloseOn(), entry.previousExpectedCloseOn(), entry.certainty(),
                entry.itemId(), entry.buyingActionType(), entry.dueOn(), entry.reason());
    }

    /** The deal's intervals, worked out again from its whole timeline: a late fact changes them from its day on. */
    private void rebuildIntervals(String opportunityId) {
        entries.flush(); // the entries this batch has not sent yet are part of the timeline
        List<DealIntervals.Interval> intervals = DealIntervals.of(timeline.entriesOf(opportunityId), ladder);
        jdbc.sql("DELETE FROM opportunity_interval WHERE opportunity_id = ?").param(opportunityId).update();
        jdbcTemplate.batchUpdate("""
                        INSERT INTO opportunity_interval (opportunity_id, valid_from, valid_to, stage, status, amount,
                            currency, expected_close_on, probability, overridden)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                intervals.stream().map(interval -> new Object[]{opportunityId, interval.validFrom(),
                        interval.validTo(), interval.stage(), interval.status().name(), interval.amount(),
                        interval.currency(), interval.expectedCloseOn(), interval.probability(),
                        interval.overridden()}).toList());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM opportunity_timeline").update();
        jdbc.sql("DELETE FROM opportunity_interval").update();
    }
}
