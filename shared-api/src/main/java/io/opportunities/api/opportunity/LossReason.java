package io.opportunities.api.opportunity;

public enum LossReason {
    PRICE,
    COMPETITOR_SOLUTION,
    RELATIONSHIP,
    NO_BUDGET,
    TIMING,
    OTHER,
    /** The deal's source named no reason: only an imported loss carries it; a loss recorded here must give one. */
    NOT_RECORDED
}
