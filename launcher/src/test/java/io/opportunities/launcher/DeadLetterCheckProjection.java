package io.opportunities.launcher;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A projection of the tests only, configured as every projection is (pooled streaming, dead-letter queue), whose
 * handler fails on the deals of the customers a test names: how a projection meets an event it cannot handle.
 */
@Component
@ProcessingGroup(DeadLetterCheckProjection.NAME)
class DeadLetterCheckProjection {

    static final String NAME = "dead-letter-check";
    /** The customers whose deals it fails on, until a test takes them out. */
    static final Set<String> FAILING_CUSTOMERS = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> CUSTOMER_OF = new ConcurrentHashMap<>();
    /** Each deal's versions handled, in the order handled. */
    static final Map<String, List<Long>> HANDLED = new ConcurrentHashMap<>();

    @EventHandler
    void on(OpportunityEvent event, @SequenceNumber long version) {
        if (event instanceof OpportunityOpened opened) {
            CUSTOMER_OF.put(opened.opportunityId(), opened.customer());
        }
        String customer = CUSTOMER_OF.get(event.opportunityId());
        if (customer != null && FAILING_CUSTOMERS.contains(customer)) {
            throw new IllegalStateException("No handling the deals of " + customer + " yet");
        }
        HANDLED.computeIfAbsent(event.opportunityId(), id -> new CopyOnWriteArrayList<>()).add(version);
    }
}
