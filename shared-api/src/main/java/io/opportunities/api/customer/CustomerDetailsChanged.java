package io.opportunities.api.customer;

import java.time.Instant;
import java.time.LocalDate;

/** The customer's sector, size or other details changed; {@code details} is the account as it is now. */
public record CustomerDetailsChanged(String customerId,
                                     CustomerDetails previous,
                                     CustomerDetails details,
                                     String recordedBy,
                                     Instant recordedAt,
                                     LocalDate occurredOn) implements CustomerEvent {
}
