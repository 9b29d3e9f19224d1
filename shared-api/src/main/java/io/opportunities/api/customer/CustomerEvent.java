package io.opportunities.api.customer;

import java.time.Instant;
import java.time.LocalDate;

/** A fact about a customer account, with who recorded it, when, and the business date it took effect. */
public sealed interface CustomerEvent permits CustomerRegistered, CustomerDetailsChanged {

    String customerId();

    CustomerDetails details();

    String recordedBy();

    Instant recordedAt();

    LocalDate occurredOn();
}
