package io.opportunities.api.salesprocess;

/** Seed 000's six groups of questions for analysing an opportunity. */
public enum AssessmentGroup {
    RIGHT_CUSTOMER,
    NEED,
    SOLUTION,
    ORGANISATION_AND_RELATIONSHIP,
    DECISION_PROCESS,
    VALUE_AND_RISK
}
