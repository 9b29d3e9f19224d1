package io.opportunities.query.timeline;

import io.opportunities.platform.web.BadRequest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The moment a query looks at: the end of business day {@code asOf} (as it was then), as the system knew it at
 * {@code knownAt} (as we knew it then). Either or both may be absent; with neither, the query reads the live state.
 */
public record Moment(LocalDate asOf, Instant knownAt) {

    /** Checks the moment against today and now: a moment still to come is a 400, since nothing is known of it. */
    public static Moment of(LocalDate asOf, Instant knownAt, LocalDate today, Instant now) {
        if (asOf != null && asOf.isAfter(today)) {
            throw BadRequest.of("Invalid moment",
                    "asOf " + asOf + " lies after today, " + today + "; the history holds no facts of it yet.");
        }
        if (knownAt != null && knownAt.isAfter(now)) {
            throw BadRequest.of("Invalid moment",
                    "knownAt " + knownAt + " lies in the future; the system cannot know what it will know.");
        }
        return new Moment(asOf, knownAt);
    }

    public boolean live() {
        return asOf == null && knownAt == null;
    }

    /** Whether a fact that happened on {@code occurredOn} and was recorded at {@code recordedAt} counts. */
    public boolean includes(LocalDate occurredOn, Instant recordedAt) {
        return (asOf == null || !occurredOn.isAfter(asOf)) && (knownAt == null || !recordedAt.isAfter(knownAt));
    }

    /** The business day the figures speak of: asOf, or today. */
    public LocalDate day(LocalDate today) {
        return asOf != null ? asOf : today;
    }
}
