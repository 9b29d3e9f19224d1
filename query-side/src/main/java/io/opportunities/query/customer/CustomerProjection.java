package io.opportunities.query.customer;

import io.opportunities.api.customer.CustomerDetails;
import io.opportunities.api.customer.CustomerEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the registered customer accounts, each as its latest event states it: the win/loss analysis groups deals by
 * their customer's sector. It shares its processor with the sales teams: both are the sales organisation.
 */
@Component
@ProcessingGroup("sales-organisation")
class CustomerProjection {

    private final JdbcClient jdbc;

    CustomerProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerEvent event) {
        CustomerDetails details = event.details();
        jdbc.sql("DELETE FROM customer WHERE customer_id = ?").param(event.customerId()).update();
        jdbc.sql("""
                        INSERT INTO customer (customer_id, name, sector, year_established, annual_revenue_millions_usd,
                            employees, headquarters, parent_company)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.customerId(), details.name(), details.sector(), details.yearEstablished(),
                        details.annualRevenueMillionsUsd(), details.employees(), details.headquarters(),
                        details.parentCompany())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM customer").update();
    }
}
