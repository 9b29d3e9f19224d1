package io.opportunities.api.salesprocess;

/** The customer's buying phases of seed 000; every stage of a sales process mirrors one of them. */
public enum BuyerPhase {
    /** Is there a sufficiently compelling need? */
    NEED,
    /** Does the customer have a solution vision, one that fits us? */
    VISION,
    /** Is there a plan to implement and to decide? */
    PLAN,
    /** How is the cooperation arranged (contract)? */
    AGREEMENT
}
