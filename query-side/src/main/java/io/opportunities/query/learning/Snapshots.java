package io.opportunities.query.learning;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.query.learning.DealHistory.Outcome;
import io.opportunities.query.timeline.DealState;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every deal open at the end of each snapshot day, as it stood then: folded from the entries that had happened by
 * then, so that no later fact is known at a snapshot. The snapshot days lie a week apart on one grid, anchored on a
 * day (the split of a back-test), so that training and test are looked at on the same weekday.
 */
final class Snapshots {

    /** Snapshots lie this many days apart. */
    static final int EVERY_DAYS = 7;

    /**
     * A deal as it stood at the end of a snapshot day.
     *
     * @param daysOpen          days since it was opened
     * @param statedProbability the probability it carried: the ladder's certainty from the buying actions that had
     *                          happened by then, or the manual override, in percent
     * @param stageProbability  the default probability of its stage, in percent
     */
    record Snapshot(String opportunityId, LocalDate day, String stage, long daysInStage, long daysOpen,
                    int statedProbability, int stageProbability, @Nullable String owner, @Nullable String product) {

        /** Whether the deal had been open longer than {@code longestCycle} days, the longest cycle that closed. */
        boolean outlived(long longestCycle) {
            return daysOpen > longestCycle;
        }
    }

    /**
     * A snapshot and what became of its deal.
     *
     * @param outcome empty when the deal was still open on the day outcomes are read (censored)
     */
    record Point(Snapshot snapshot, Optional<Outcome> outcome) {

        boolean censored() {
            return outcome.isEmpty();
        }

        boolean won() {
            return outcome.map(Outcome::won).orElse(false);
        }
    }

    private final SalesProcess process;

    Snapshots(SalesProcess process) {
        this.process = process;
    }

    /** The snapshot days on the grid through {@code anchor} from {@code from} (inclusive) to {@code to} (exclusive). */
    static List<LocalDate> days(LocalDate anchor, LocalDate from, LocalDate to) {
        long weeksBack = Math.floorDiv(ChronoUnit.DAYS.between(anchor, from) + EVERY_DAYS - 1, EVERY_DAYS);
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = anchor.plusDays(weeksBack * EVERY_DAYS);
        for (LocalDate day = first; day.isBefore(to); day = day.plusDays(EVERY_DAYS)) {
            days.add(day);
        }
        return days;
    }

    /**
     * Every deal open at the end of each of the days, each with its outcome as known at the end of
     * {@code outcomesBy}.
     */
    List<Point> of(List<DealHistory> deals, List<LocalDate> days, LocalDate outcomesBy) {
        List<Point> points = new ArrayList<>();
        for (DealHistory deal : deals) {
            LocalDate openedOn = deal.openedOn();
            if (openedOn == null) {
                continue;
            }
            Optional<Outcome> outcome = deal.outcomeBy(outcomesBy);
            for (LocalDate day : days) {
                if (outcome.isPresent() && !day.isBefore(outcome.get().closedOn())) {
                    break;
                }
                if (!day.isBefore(openedOn)) {
                    at(deal, day).ifPresent(snapshot -> points.add(new Point(snapshot, outcome)));
                }
            }
        }
        return points;
    }

    /** The deal at the end of {@code day}; empty if it was not open then. */
    Optional<Snapshot> at(DealHistory deal, LocalDate day) {
        DealState state = deal.at(day);
        if (!state.opened() || state.status() != OpportunityStatus.OPEN) {
            return Optional.empty();
        }
        state.certaintyFromLadder(process.certaintyLadder());
        return Optional.of(snapshot(deal.opportunityId(), day, state.stage(), state.stageEnteredOn(),
                state.openedOn(), state.probability(), deal.owner(), deal.product()));
    }

    /** An open deal at the end of {@code day}, from its figures then. */
    Snapshot snapshot(String opportunityId, LocalDate day, String stage, LocalDate stageEnteredOn, LocalDate openedOn,
                      int statedProbability, @Nullable String owner, @Nullable String product) {
        return new Snapshot(opportunityId, day, stage, ChronoUnit.DAYS.between(stageEnteredOn, day),
                ChronoUnit.DAYS.between(openedOn, day), statedProbability,
                process.stage(stage).map(Stage::probability).orElse(0), owner, product);
    }
}
