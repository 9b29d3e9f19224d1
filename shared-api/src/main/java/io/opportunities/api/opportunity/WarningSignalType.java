package io.opportunities.api.opportunity;

/** The changes at a customer that signal an opportunity (seed 003, "identify"). */
public enum WarningSignalType {
    CHANGE_IN_PEOPLE,
    CHANGE_IN_ROLES,
    CHANGE_IN_SELECTION_CRITERIA,
    CHANGE_IN_BUYING_INTENT,
    CHANGE_IN_DECISION_PROCESS,
    OTHER
}
