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
 *
 * @param longestCycle the most days any training deal was open before it closed
 */
record SnapshotFeatures(Kind kind, long longestCycle) {

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

    /** Whether the deal has outlived every deal that closed. */
    boolean stale(Snapshot snapshot) {
        return snapshot.outlived(longestCycle);
    }

    /** A fact about a deal, in a group of facts of which a deal has exactly one (its stage, its owner). */
    record Fact(String group, String value) {

        String label() {
            return group + ": " + value;
        }
    }

    static final String DAYS_IN_STAGE_GROUP = "days in stage";

    List<Fact> facts(Snapshot snapshot) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("stage", snapshot.stage()));
        facts.add(new Fact(DAYS_IN_STAGE_GROUP, stale(snapshot) ? staleValue()
                : DAYS_IN_STAGE.of(snapshot.daysInStage()).label()));
        LocalDate day = snapshot.day();
        facts.add(new Fact("month of the quarter", MONTHS.get((day.getMonthValue() - 1) % 3)));
        LocalDate quarterEnd = day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
        facts.add(new Fact("days to the quarter's end",
                DAYS_TO_QUARTER_END.of(ChronoUnit.DAYS.between(day, quarterEnd)).label()));
        if (kind == Kind.TIMING_AND_PARTIES) {
            facts.add(new Fact("owner", orNone(snapshot.owner())));
            facts.add(new Fact("product", orNone(snapshot.product())));
        }
        return facts;
    }

    List<String> of(Snapshot snapshot) {
        return facts(snapshot).stream().map(Fact::label).toList();
    }

    String staleValue() {
        return "open longer than any deal that closed (" + longestCycle + " days)";
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }
}
