package io.opportunities.query.opportunity;

import io.opportunities.api.closingplan.OpportunityAssessed;
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
 * Keeps one row per opportunity for the list, the detail and the funnel. Runs in the transaction of its processor's
 * batch, so a row and the processor's token are stored together or not at all.
 */
@Component
@ProcessingGroup(OpportunityProjection.PROCESSING_GROUP)
class OpportunityProjection {

    static final String PROCESSING_GROUP = "opportunities";

    private final OpportunityRepository opportunities;
    private final int baseCertainty;
    private final String strategicQuestion;

    OpportunityProjection(OpportunityRepository opportunities, SalesProcess process, SalesProperties properties) {
        this.opportunities = opportunities;
        this.baseCertainty = process.certaintyLadder().baseCertainty();
        this.strategicQuestion = properties.attention().strategicQuestion();
    }

    @EventHandler
    void on(OpportunityOpened event, @SequenceNumber long version) {
        opportunities.save(OpportunityRow.opened(event, version, baseCertainty));
    }

    @EventHandler
    void on(OpportunityAssessed event, @SequenceNumber long version) {
        row(event).assessed(event, version, strategicQuestion);
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        row(event).apply(event, version);
    }

    private OpportunityRow row(OpportunityEvent event) {
        return opportunities.findById(event.opportunityId()).orElseThrow(() ->
                new IllegalStateException("Event " + event.getClass().getSimpleName() + " for opportunity "
                        + event.opportunityId() + " arrived before the opportunity was opened"));
    }

    @ResetHandler
    void reset() {
        opportunities.deleteAllInBatch();
    }
}
