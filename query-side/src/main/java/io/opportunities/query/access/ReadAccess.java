package io.opportunities.query.access;

import io.opportunities.api.opportunity.OpportunityOpened;
import io.opportunities.platform.security.Actor;
import io.opportunities.platform.security.DealAccess;
import io.opportunities.query.consistency.NotFound;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The read side of {@link DealAccess}: which deals a user's lists and reports cover, and whether they may see one
 * deal. A deal they may not see is answered exactly as one that does not exist, before anything else is looked at
 * (its versions, its state at a moment), so that no answer tells it apart.
 */
@Component
public class ReadAccess {

    private final DealAccess access;
    private final JdbcClient jdbc;
    private final EventStore eventStore;

    ReadAccess(DealAccess access, JdbcClient jdbc, EventStore eventStore) {
        this.access = access;
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    public Visibility visibility(Authentication user) {
        return access.visibleOwners(Actor.of(user)).map(Visibility::ofOwners).orElseGet(Visibility::everyDeal);
    }

    /** 404, as for an unknown opportunity, unless the user may read it. */
    public void requireReadable(String opportunityId, Authentication user) {
        Actor actor = Actor.of(user);
        if (actor.isAdmin()) {
            return; // an administrator reads every deal: what exists is then the endpoint's to tell
        }
        String owner = ownerOf(opportunityId).orElseThrow(() -> NotFound.opportunity(opportunityId));
        if (!access.mayRead(actor, owner)) {
            throw NotFound.opportunity(opportunityId);
        }
    }

    /**
     * The owner from the read model, or, for a deal just opened that the projection has not reached yet, from the
     * deal's first event.
     */
    private Optional<String> ownerOf(String opportunityId) {
        Optional<String> projected = jdbc.sql("SELECT owner FROM opportunity WHERE opportunity_id = ?")
                .param(opportunityId).query(String.class).optional();
        if (projected.isPresent()) {
            return projected;
        }
        DomainEventStream events = eventStore.readEvents(opportunityId, 0);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        return first.getPayload() instanceof OpportunityOpened opened ? Optional.of(opened.owner()) : Optional.empty();
    }
}
