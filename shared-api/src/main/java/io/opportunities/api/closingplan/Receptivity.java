package io.opportunities.api.closingplan;

/** A person's mode towards a change (seed 000's sheet): the letter is the method's own shorthand. */
public enum Receptivity {
    /** Growth: sees a gap between today and the results they want, and wants to close it. */
    G,
    /** Trouble: something is going wrong and must be fixed. */
    T,
    /** Even keel (indifferent): sees no gap, so no reason to change. */
    I,
    /** Overconfident: believes results are better than they are; the least receptive. */
    O
}
