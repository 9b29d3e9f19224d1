package io.opportunities.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Register a customer account with its sector and size. Registering it again with the same facts changes nothing;
 * with other facts it records the change.
 */
public record RegisterCustomer(@TargetAggregateIdentifier String customerId,
                               CustomerDetails details,
                               String recordedBy,
                               Instant recordedAt,
                               LocalDate occurredOn) {
}
