package io.opportunities.api.closingplan;

/** Why a person no longer belongs to the buying centre. */
public enum StakeholderRemoval {
    /** Left the customer's organisation. */
    LEFT,
    /** Still there, but no longer involved in this decision. */
    NO_LONGER_INVOLVED
}
