package io.opportunities.api.closingplan;

/** The kinds of risk seed 000 asks about. */
public enum RiskCategory {
    CUSTOMER,
    DELIVERY,
    MARGIN,
    REPUTATION,
    RELATIONSHIPS,
    COMPETITION,
    OTHER
}
