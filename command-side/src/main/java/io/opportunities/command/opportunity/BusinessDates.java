package io.opportunities.command.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The one rule every business date follows, whichever command brings it. */
final class BusinessDates {

    private BusinessDates() {
    }

    /**
     * A fact cannot have happened after the day it was recorded. The business zone is not known here, so the
     * limit is the UTC date of recording plus one day, the furthest any zone's calendar runs ahead of UTC.
     */
    static void requireNotInFuture(Instant recordedAt, LocalDate occurredOn) {
        if (occurredOn.isAfter(LocalDate.ofInstant(recordedAt, ZoneOffset.UTC).plusDays(1))) {
            throw OpportunityRejected.occurredInFuture(occurredOn);
        }
    }
}
