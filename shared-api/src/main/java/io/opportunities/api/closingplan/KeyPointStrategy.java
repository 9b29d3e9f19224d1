package io.opportunities.api.closingplan;

/** A strategy on a key point (seed 001), planned as a closing-plan action. */
public enum KeyPointStrategy {
    /** Strengthen a key point on which we lead. */
    REINFORCE,
    /** Weaken a key point on which a competitor leads. */
    NEUTRALISE,
    /** Raise a bottom line that competitors cannot reach. */
    RAISE_BOTTOM_LINE,
    /** Lower a bottom line that excludes us. */
    LOWER_BOTTOM_LINE
}
