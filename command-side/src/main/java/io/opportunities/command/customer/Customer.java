package io.opportunities.command.customer;

import io.opportunities.api.customer.CustomerDetails;
import io.opportunities.api.customer.CustomerDetailsChanged;
import io.opportunities.api.customer.CustomerRegistered;
import io.opportunities.api.customer.RegisterCustomer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer account: its sector and size, which the win/loss analysis groups deals by. Registering it is
 * idempotent: the same facts again change nothing, other facts are recorded as a change.
 */
@Aggregate
class Customer {

    @AggregateIdentifier
    private String customerId;
    private CustomerDetails details;

    protected Customer() {
        // for Axon: the state comes from the events
    }

    /** @return whether the registration changed anything */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(RegisterCustomer command) {
        if (customerId == null) {
            apply(new CustomerRegistered(command.customerId(), command.details(), command.recordedBy(),
                    command.recordedAt(), command.occurredOn()));
            return true;
        }
        if (details.equals(command.details())) {
            return false;
        }
        apply(new CustomerDetailsChanged(customerId, details, command.details(), command.recordedBy(),
                command.recordedAt(), command.occurredOn()));
        return true;
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(CustomerDetailsChanged event) {
        details = event.details();
    }
}
