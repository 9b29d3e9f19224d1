package io.opportunities.api.closingplan;

/** How a person holds a key point (seed 001's push/block plan). */
public enum Stance {
    /** The key point promotes the supplier who best meets or exceeds it: the more, the better. */
    PUSH,
    /** The key point's bottom line excludes a supplier who does not reach it. */
    BLOCK
}
