package io.opportunities.api.opportunity;

public enum NextStepOutcome {
    DONE,
    MISSED,
    RESCHEDULED
}
