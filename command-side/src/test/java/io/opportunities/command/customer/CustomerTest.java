package io.opportunities.command.customer;

import io.opportunities.api.customer.CustomerDetails;
import io.opportunities.api.customer.CustomerDetailsChanged;
import io.opportunities.api.customer.CustomerRegistered;
import io.opportunities.api.customer.RegisterCustomer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

class CustomerTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    static final CustomerDetails ACME = new CustomerDetails("Acme Corporation", "technology", 1996,
            new BigDecimal("1100.04"), 2822, "United States", null);

    AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void givenNoCustomer_whenRegistered_thenRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer("c-1", ACME, "adam", NOW, TODAY))
                .expectEvents(new CustomerRegistered("c-1", ACME, "adam", NOW, TODAY))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenACustomer_whenRegisteredAgainWithTheSameFacts_thenNothingChanges() {
        fixture.given(new CustomerRegistered("c-1", ACME, "adam", NOW, TODAY))
                .when(new RegisterCustomer("c-1", ACME, "adam", NOW, TODAY))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void givenACustomer_whenItsSectorChanged_thenTheChangeIsRecorded() {
        CustomerDetails software = new CustomerDetails("Acme Corporation", "software", 1996,
                new BigDecimal("1100.04"), 2822, "United States", null);
        fixture.given(new CustomerRegistered("c-1", ACME, "adam", NOW, TODAY))
                .when(new RegisterCustomer("c-1", software, "adam", NOW, TODAY))
                .expectEvents(new CustomerDetailsChanged("c-1", ACME, software, "adam", NOW, TODAY))
                .expectResultMessagePayload(true);
    }
}
