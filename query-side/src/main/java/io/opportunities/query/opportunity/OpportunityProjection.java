package io.opportunities.query.opportunity;

import io.opportunities.api.closingplan.CompetitorRecorded;
import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.config.SalesProperties;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per opportunity for the list, the detail, the funnel and the attention list, and the competitors
 * recorded for each, which the win/loss analysis reads. Runs in the transaction of its processor's batch, so a row and the processor's token are stored together or not at all.
 */
@Component
@ProcessingGroup(OpportunityProjection.PROCESSING_GROUP)
class OpportunityProjection {

    static final String PROCESSING_GROUP = "opportunities";

    private final OpportunityRepository opportunities;
    private final RowFold fold;
    private final FunnelCells funnelCells;
    private final JdbcClient jdbc;

    OpportunityProjection(OpportunityRepository opportunities, SalesProcess process, SalesProperties properties,
                          FunnelCells funnelCells, JdbcClient jdbc) {
        this.opportunities = opportunities;
        this.jdbc = jdbc;
        this.funnelCells = funnelCells;
        this.fold = new RowFold(process.certaintyLadder().baseCertainty(), properties.attention().strategicQuestion());
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        if (event instanceof CompetitorRecorded recorded) {
            // a redelivered event names the same competitor again
            jdbc.sql("""
                            INSERT INTO opportunity_competitor (opportunity_id, competitor_id, name) VALUES (?, ?, ?)
                            ON CONFLICT DO NOTHING""")
                    .params(recorded.opportunityId(), recorded.competitorId(), recorded.name())
                    .update();
        }
        if (event instanceof OpportunityOpened) {
            OpportunityRow row = fold.apply(null, event, version);
            opportunities.save(row);
            funnelCells.changed(null, FunnelCells.Contribution.of(row));
        } else {
            OpportunityRow row = opportunities.findById(event.opportunityId()).orElse(null);
            FunnelCells.Contribution before = FunnelCells.Contribution.of(row);
            fold.apply(row, event, version);
            funnelCells.changed(before, FunnelCells.Contribution.of(row));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM opportunity_competitor").update();
        opportunities.deleteAllInBatch();
        funnelCells.deleteAll();
    }
}
