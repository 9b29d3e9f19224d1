package io.opportunities.query.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@Tag(name = "Sales organisation")
class CustomerController {

    /** A customer account as registered: its sector (which the win/loss analysis groups by) and its size. */
    record CustomerView(String customerId, String name, @Nullable String sector, @Nullable Integer yearEstablished,
                        @Nullable BigDecimal annualRevenueMillionsUsd, @Nullable Integer employees,
                        @Nullable String headquarters, @Nullable String parentCompany) {
    }

    private final JdbcClient jdbc;

    CustomerController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/customers")
    @Operation(summary = "The registered customer accounts, by name",
            description = "Each with its sector, the year it was established, its annual revenue in millions of US "
                    + "dollars, its employees, headquarters and parent company, as far as known.")
    List<CustomerView> listCustomers() {
        return jdbc.sql("""
                        SELECT customer_id, name, sector, year_established, annual_revenue_millions_usd, employees,
                               headquarters, parent_company
                        FROM customer ORDER BY name, customer_id""")
                .query((rs, rowNum) -> new CustomerView(rs.getString("customer_id"), rs.getString("name"),
                        rs.getString("sector"), (Integer) rs.getObject("year_established"),
                        rs.getBigDecimal("annual_revenue_millions_usd"), (Integer) rs.getObject("employees"),
                        rs.getString("headquarters"), rs.getString("parent_company")))
                .list();
    }
}
