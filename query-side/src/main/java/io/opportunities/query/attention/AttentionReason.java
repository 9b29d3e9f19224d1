package io.opportunities.query.attention;

/**
 * Why an opportunity needs a manager's attention now (seed 000's SELECT, with the review cycle and the customer's
 * commitments added). Each reason weighs in the deal's urgency with its weight.
 */
enum AttentionReason {
    /** A next step agreed with the customer is past its due date: the customer's commitment is slipping. */
    NEXT_STEP_OVERDUE(3),
    /** Expected to close within the configured days, or its expected close date has passed: prepare the close. */
    CLOSING_SOON(3),
    /** Its expected close date moved later since its last review (or ever, if never reviewed). */
    CLOSE_DATE_SLIPPED(2),
    /** No stage change and no buying action for longer than its stage's usual days. */
    NOT_MOVING(2),
    /** Its next review date has come. */
    REVIEW_DUE(2),
    /** Its value, or its strategic score, reaches the configured threshold. */
    IMPORTANT(2),
    /** Not yet qualified. */
    NEW(1);

    private final int weight;

    AttentionReason(int weight) {
        this.weight = weight;
    }

    int weight() {
        return weight;
    }
}
