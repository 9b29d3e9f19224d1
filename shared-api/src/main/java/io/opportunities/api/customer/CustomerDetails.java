package io.opportunities.api.customer;

import java.math.BigDecimal;

/**
 * What the sales organisation knows of a customer account: its name and sector, and, where known, the year it was
 * established, its annual revenue in millions of US dollars, its number of employees, its headquarters and its
 * parent company.
 */
public record CustomerDetails(String name,
                              String sector,
                              Integer yearEstablished,
                              BigDecimal annualRevenueMillionsUsd,
                              Integer employees,
                              String headquarters,
                              String parentCompany) {
}
