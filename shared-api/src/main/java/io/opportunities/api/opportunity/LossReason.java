package io.opportunities.api.opportunity;

public enum LossReason {
    PRICE,
    COMPETITOR_SOLUTION,
    RELATIONSHIP,
    NO_BUDGET,
    TIMING,
    OTHER
}
