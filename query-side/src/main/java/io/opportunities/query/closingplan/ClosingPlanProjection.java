package io.opportunities.query.closingplan;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.projection.ProjectionSavepoints;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the planning sheet of every opportunity: one document per deal, in the transaction of its processor's batch,
 * so the document and the processor's token are stored together or not at all. A batch handled at full speed reads
 * each deal's document once, applies all of the deal's events in it, and writes it once before it commits; one
 * handled event by event (after a failure) reads and writes it with each event.
 */
@Component
@ProcessingGroup(ClosingPlanProjection.PROCESSING_GROUP)
class ClosingPlanProjection {

    static final String PROCESSING_GROUP = "closing-plan";
    private static final String BATCH = ClosingPlanProjection.class.getName() + ".batch";

    private final ClosingPlanStore store;
    private final int baseCertainty;

    ClosingPlanProjection(ClosingPlanStore store, SalesProcess process) {
        this.store = store;
        this.baseCertainty = process.certaintyLadder().baseCertainty();
    }

    @EventHandler
    void on(OpportunityOpened event, @SequenceNumber long version) {
        Map<String, Pending> batch = batch();
        if (batch.containsKey(event.opportunityId()) || store.findVersion(event.opportunityId()).isPresent()) {
            return; // redelivered
        }
        ClosingPlanDocument document = ClosingPlanDocument.opened(event, version, baseCertainty);
        if (batch == NOT_BATCHED) {
            store.insert(document);
        } else {
            keep(batch, new Pending(document, true));
        }
    }

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        Map<String, Pending> batch = batch();
        Pending pending = batch.get(event.opportunityId());
        ClosingPlanDocument document = pending != null ? pending.document() : store.find(event.opportunityId())
                .orElseThrow(() -> new IllegalStateException("Event " + event.getClass().getSimpleName()
                        + " for opportunity " + event.opportunityId() + " arrived before the opportunity was opened"));
        long before = document.version;
        document.apply(event, version);
        if (document.version == before) {
            return;
        }
        if (batch == NOT_BATCHED) {
            store.update(document);
        } else if (pending == null) {
            keep(batch, new Pending(document, false));
        }
    }

    /** A document the batch changed, written once before the batch commits. */
    private record Pending(ClosingPlanDocument document, boolean isNew) {
    }

    private static final Map<String, Pending> NOT_BATCHED = Map.of();

    /**
     * The documents the batch changed so far, by deal, where the batch is handled at full speed; else none, and each
     * event's document is read and written at once.
     */
    private static Map<String, Pending> batch() {
        return ProjectionSavepoints.atFullSpeed()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(BATCH, name -> new HashMap<>())
                : NOT_BATCHED;
    }

    private void keep(Map<String, Pending> batch, Pending pending) {
        batch.put(pending.document().opportunityId, pending);
        ProjectionSavepoints.beforeCommit(BATCH + "/" + pending.document().opportunityId, () -> {
            if (pending.isNew()) {
                store.insert(pending.document());
            } else {
                store.update(pending.document());
            }
        });
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
