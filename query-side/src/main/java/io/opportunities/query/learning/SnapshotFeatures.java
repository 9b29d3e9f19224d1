package io.opportunities.query.learning;

import io.opportunities.query.learning.Snapshots.Snapshot;
import io.opportunities.query.winloss.Bands;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts the learned model reads about a deal at a snapshot, each a yes/no feature in words. The timing: its stage,
 * how long it had sat in it, and where the day lay in its quarter (a deal is won far more often in a quarter's last
 * month); a deal open longer than any deal that closed has one feature for that instead of its days in stage, since
 * history holds no deal of that age that closed. With the parties, also its owner and its product.
 */
final class SnapshotFeatures {

    /** Which facts. */
    enum Kind {
        TIMING("stage, days in stage (or open longer than any deal that closed), month of the quarter, days to the "
                + "quarter's end"),
        TIMING_AND_PARTIES(TIMING.facts + ", owner, product");

        final String facts;

        Kind(String facts) {
            this.facts = facts;
        }
    }

    private static final Bands DAYS_IN_STAGE = Bands.ofDays(List.of(7, 14, 21, 30, 45, 60, 75, 90, 105, 120));
    private static final Bands DAYS_TO_QUARTER_END = Bands.ofDays(List.of(10, 20, 30, 40, 50, 60, 70, 80, 90));
    private static final List<String> MONTHS = List.of("first", "second", "third");

    private final Kind kind;
    private final long longestCycle;

    /** @param longestCycle the most days any training deal was open before it closed */
    SnapshotFeatures(Kind kind, long longestCycle) {
        this.kind = kind;
        this.longestCycle = longestCycle;
    }

    /** A deal open longer than this has outlived every deal that closed. */
    long longestCycle() {
        return longestCycle;
    }

    boolean stale(Snapshot snapshot) {
        return snapshot.daysOpen() > longestCycle;
    }

    List<String> of(Snapshot snapshot) {
        List<String> features = new ArrayList<>();
        features.add("stage: " + snapshot.stage());
        features.add(stale(snapshot) ? staleFeature()
                : "days in stage: " + DAYS_IN_STAGE.of(snapshot.daysInStage()).label());
        LocalDate day = snapshot.day();
        features.add("month of the quarter: " + MONTHS.get((day.getMonthValue() - 1) % 3));
        LocalDate quarterEnd = day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
        features.add("days to the quarter's end: "
                + DAYS_TO_QUARTER_END.of(ChronoUnit.DAYS.between(day, quarterEnd)).label());
        if (kind == Kind.TIMING_AND_PARTIES) {
            features.add("owner: " + orNone(snapshot.owner()));
            features.add("product: " + orNone(snapshot.product()));
        }
        return features;
    }

    String staleFeature() {
        return "open longer than any deal that closed (" + longestCycle + " days)";
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }
}
