package io.opportunities.api.opportunity;

/** Why a deal was withdrawn: neither is a loss. */
public enum WithdrawalKind {
    /** The customer decided not to decide. */
    NO_DECISION,
    /** We, or the customer, found that the deal is not for us. */
    DISQUALIFIED
}
