package io.opportunities.api.opportunity;

public enum OpportunityStatus {
    OPEN,
    WON,
    LOST,
    /** No decision or disqualified: a legitimate outcome, reported apart from losses. */
    WITHDRAWN
}
