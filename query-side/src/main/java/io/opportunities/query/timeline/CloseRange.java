package io.opportunities.query.timeline;

import io.opportunities.platform.web.BadRequest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days between which the deals a report looks back on closed, both inclusive: at most ten years. */
public record CloseRange(LocalDate from, LocalDate to) {

    public static final long MAX_DAYS = 3660;

    /** The range, or a 400 when it runs backwards or spans more than ten years. */
    public static CloseRange of(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BadRequest.of("Invalid date range", "closedTo must not lie before closedFrom, and the range may "
                    + "span at most " + MAX_DAYS + " days.");
        }
        return new CloseRange(from, to);
    }
}
