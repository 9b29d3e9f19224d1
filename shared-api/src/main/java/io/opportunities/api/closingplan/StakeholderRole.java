package io.opportunities.api.closingplan;

/** A person's part in the customer's buying decision (seeds 000, 001). */
public enum StakeholderRole {
    /** Has the final authority to implement the decision. */
    APPROVER,
    /** Proposes the action to the approver. */
    DECISION_MAKER,
    /** Persuades the decision maker or the approver; graded A (strong) or B (weaker). */
    INFLUENCER,
    /** Sponsor or coach: gives us information on the decision process and supports our offer. */
    SPONSOR,
    /** Will use what is bought. */
    USER
}
