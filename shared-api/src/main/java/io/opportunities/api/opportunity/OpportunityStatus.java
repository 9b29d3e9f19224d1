package io.opportunities.api.opportunity;

public enum OpportunityStatus {
    OPEN,
    WON,
    LOST,
    /** No decision or disqualified: a legitimate outcome, reported apart from losses. */
    WITHDRAWN;

    /**
     * The probability a deal in this status carries: its closing certainty while open (the manual override, if it
     * has one, else the ladder's), 100 once won, 0 once lost or withdrawn.
     */
    public int probability(int closingCertainty) {
        return switch (this) {
            case OPEN -> closingCertainty;
            case WON -> 100;
            case LOST, WITHDRAWN -> 0;
        };
    }
}
