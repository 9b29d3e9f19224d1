package io.opportunities.query.closingplan;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.api.salesprocess.SalesProcess;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the planning sheet of every opportunity: one document per deal, rewritten with each of its events in the
 * transaction of its processor's batch, so the document and the processor's token are stored together or not at all.
 */
@Component
@ProcessingGroup(ClosingPlanProjection.PROCESSING_GROUP)
class ClosingPlanProjection {

    static final String PROCESSING_GROUP = "closing-plan";

    private final ClosingPlanStore store;
    private final int baseCertainty;

    ClosingPlanProjection(ClosingPlanStore store, SalesProcess process) {
        this.store = store;
        this.baseCertainty = process.certaintyLadder().baseCertainty();
    }

    @EventHandler
    void on(OpportunityOpened event, @SequenceNumber long version) {
        if (store.findVersion(event.opportunityId()).isEmpty()) {
            store.insert(ClosingPlanDocument.opened(event, version, baseCertainty));
        }
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        ClosingPlanDocument document = store.find(event.opportunityId()).orElseThrow(() ->
                new IllegalStateException("Event " + event.getClass().getSimpleName() + " for opportunity "
                        + event.opportunityId() + " arrived before the opportunity was opened"));
        long before = document.version;
        document.apply(event, version);
        if (document.version != before) {
            store.update(document);
        }
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
