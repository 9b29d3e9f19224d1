package io.opportunities.api.salesprocess;

/**
 * Seed 000's qualitative factors behind a probability: whether the customer buys (the first three) and whether
 * they buy from us (the last three).
 */
public enum WinningFactor {
    COMPELLING_NEED,
    VALUABLE_SOLUTION,
    COMMITTED_DECISION_MAKERS,
    BETTER_VISION_FIT,
    HIGHER_VALUE,
    BETTER_RELATIONSHIPS
}
