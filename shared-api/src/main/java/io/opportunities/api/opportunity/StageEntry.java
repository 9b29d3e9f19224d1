package io.opportunities.api.opportunity;

import java.time.LocalDate;

/** A deal entered {@code stage} on {@code enteredOn}, as another system recorded it. */
public record StageEntry(String stage, LocalDate enteredOn) {
}
