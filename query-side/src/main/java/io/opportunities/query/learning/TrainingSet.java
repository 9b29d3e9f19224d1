package io.opportunities.query.learning;

import io.opportunities.query.learning.DealHistory.Outcome;
import io.opportunities.query.learning.Snapshots.Snapshot;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What could be learnt on a day: the snapshots before it of the deals whose outcome was known by then, each labelled
 * with it, and the deals closed by then, each once. A deal still open then is left out, except at the snapshots at
 * which it was open longer than any deal that had closed (and not yet twice as long): those are labelled not won,
 * since no deal that old had ever closed, won or lost, so that the model learns what history shows of such a deal
 * instead of knowing nothing of it. Past twice the longest cycle a deal teaches nothing more, and a deal forgotten
 * for years would otherwise weigh as often as it was open.
 *
 * @param points       the labelled snapshots, each weighing the same: a deal weighs as often as it was open at a
 *                     snapshot
 * @param closed       the deals closed before the cutoff, each once
 * @param longestCycle the most days a deal closed before the cutoff was open
 */
record TrainingSet(LocalDate cutoff, List<Labelled> points, List<Closed> closed, long longestCycle) {

    /** @param stale a snapshot of a deal still open at the cutoff and older than every closed deal's cycle */
    record Labelled(Snapshot snapshot, boolean won, boolean stale) {
    }

    /** A deal closed before the cutoff, with what the baselines count of it. */
    record Closed(String opportunityId, @Nullable String owner, @Nullable String product, boolean won,
                  long cycleDays) {
    }

    /**
     * What was known at the start of {@code cutoff}.
     *
     * @param snapshots  the snapshots of the deals, at any day (those on or after the cutoff are left out)
     * @param closedFrom deals closed before this day are left out
     */
    static TrainingSet at(LocalDate cutoff, List<DealHistory> deals, List<Snapshot> snapshots, LocalDate closedFrom) {
        LocalDate knownBy = cutoff.minusDays(1);
        Map<String, Optional<Outcome>> outcomes = new HashMap<>();
        List<Closed> closed = new ArrayList<>();
        long longest = 0;
        for (DealHistory deal : deals) {
            Optional<Outcome> outcome = deal.outcomeBy(knownBy);
            outcomes.put(deal.opportunityId(), outcome);
            if (outcome.isPresent() && !outcome.get().closedOn().isBefore(closedFrom)) {
                long cycle = ChronoUnit.DAYS.between(deal.openedOn(), outcome.get().closedOn());
                closed.add(new Closed(deal.opportunityId(), deal.owner(), deal.product(), outcome.get().won(), cycle));
                longest = Math.max(longest, cycle);
            }
        }
        List<Labelled> points = new ArrayList<>();
        for (Snapshot snapshot : snapshots) {
            if (!snapshot.day().isBefore(cutoff)) {
                continue;
            }
            Optional<Outcome> outcome = outcomes.getOrDefault(snapshot.opportunityId(), Optional.empty());
            if (outcome.isPresent()) {
                if (!outcome.get().closedOn().isBefore(closedFrom)) {
                    points.add(new Labelled(snapshot, outcome.get().won(), false));
                }
            } else if (!closed.isEmpty() && snapshot.outlived(longest) && !snapshot.outlived(2 * longest)) {
                points.add(new Labelled(snapshot, false, true));
            }
        }
        return new TrainingSet(cutoff, points, closed, longest);
    }

    /** How many of the points are of deals open then and longer than any deal that closed. */
    long stalePoints() {
        return points.stream().filter(Labelled::stale).count();
    }

    /** What could be learnt on any day from the deals and their snapshots, worked out once per day asked. */
    static Function<LocalDate, TrainingSet> memoised(List<DealHistory> deals, List<Snapshot> snapshots,
                                                     LocalDate closedFrom) {
        Map<LocalDate, TrainingSet> known = new HashMap<>();
        return cutoff -> known.computeIfAbsent(cutoff, day -> at(day, deals, snapshots, closedFrom));
    }

    /** The share of the closed deals that were won, each deal once: the base rate; NaN when none closed. */
    double baseRate() {
        return closed.isEmpty() ? Double.NaN : (double) won() / closed.size();
    }

    List<Long> closedCycles() {
        return closed.stream().map(Closed::cycleDays).toList();
    }

    long won() {
        return closed.stream().filter(Closed::won).count();
    }

    /** Whether there is something to learn from: wins and others among the deals. */
    boolean teaches() {
        long won = won();
        return won > 0 && won < closed.size();
    }
}
