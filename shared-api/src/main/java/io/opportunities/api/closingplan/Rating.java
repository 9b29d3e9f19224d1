package io.opportunities.api.closingplan;

/** How well a supplier meets a key point, in the push/block plan. */
public enum Rating {
    NONE,
    POOR,
    GOOD,
    EXCELLENT
}
