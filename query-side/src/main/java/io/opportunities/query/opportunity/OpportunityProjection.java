package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.config.SalesProperties;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per opportunity for the list, the detail, the funnel and the attention list. Runs in the
 * transaction of its processor's batch, so a row and the processor's token are stored together or not at all.
 */
@Component
@ProcessingGroup(OpportunityProjection.PROCESSING_GROUP)
class OpportunityProjection {

    static final String PROCESSING_GROUP = "opportunities";

    private final OpportunityRepository opportunities;
    private final RowFold fold;

    OpportunityProjection(OpportunityRepository opportunities, SalesProcess process, SalesProperties properties) {
        this.opportunities = opportunities;
        this.fold = new RowFold(process.certaintyLadder().baseCertainty(), properties.attention().strategicQuestion());
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        if (event instanceof OpportunityOpened) {
            opportunities.save(fold.apply(null, event, version));
        } else {
            fold.apply(opportunities.findById(event.opportunityId()).orElse(null), event, version);
        }
    }

    @ResetHandler
    void reset() {
        opportunities.deleteAllInBatch();
    }
}
