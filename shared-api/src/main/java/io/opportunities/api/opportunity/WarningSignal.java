package io.opportunities.api.opportunity;

/** What surfaced the opportunity: the kind of change at the customer and what was seen. */
public record WarningSignal(WarningSignalType type, String description) {
}
