package io.opportunities.api.customer;

import java.time.Instant;
import java.time.LocalDate;

public record CustomerRegistered(String customerId,
                                 CustomerDetails details,
                                 String recordedBy,
                                 Instant recordedAt,
                                 LocalDate occurredOn) implements CustomerEvent {
}
