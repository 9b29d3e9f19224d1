package io.opportunities.api.closingplan;

/** Whether a closing-plan action is done inside our company or with the customer. */
public enum ActionSide {
    INTERNAL,
    EXTERNAL
}
