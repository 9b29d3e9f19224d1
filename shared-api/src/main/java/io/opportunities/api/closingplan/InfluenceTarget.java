package io.opportunities.api.closingplan;

/** What a closing-plan action sets out to influence (seed 000's ACT). */
public enum InfluenceTarget {
    NEED,
    VISION,
    DECISION_PROCESS,
    /** A named person of the buying centre. */
    STAKEHOLDER
}
