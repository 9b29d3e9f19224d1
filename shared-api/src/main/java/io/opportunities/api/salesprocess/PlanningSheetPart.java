package io.opportunities.api.salesprocess;

/** The six parts of seed 000's opportunity planning sheet. */
public enum PlanningSheetPart {
    SITUATION,
    CUSTOMER_SELECTION,
    NEED_AND_URGENCY,
    SOLUTION_CRITERIA,
    KEY_DECISION_MAKERS,
    CLOSING_PLAN
}
