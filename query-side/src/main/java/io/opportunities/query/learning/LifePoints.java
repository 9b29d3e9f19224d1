package io.opportunities.query.learning;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.query.timeline.DealIntervals;
import io.opportunities.query.timeline.DealState;
import io.opportunities.query.timeline.StagePath;
import io.opportunities.query.timeline.TimelineEntry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The points of a deal's life at which its chance of winning is looked at: the day it opened, every day on which an
 * event changed its figures, and every few days while it was open, up to the day before its final close. At each
 * point the deal is taken as it stood at the end of that day, folded from the entries that had happened by then: no
 * later fact, and not its outcome, is known at a point.
 */
final class LifePoints {

    /**
     * The deal at one point of its life.
     *
     * @param statedProbability the probability it carried: the ladder's certainty from the buying actions that had
     *                          happened by then, or the manual override
     * @param stageProbability  the default probability of the stage it was in
     */
    record LifePoint(String opportunityId, LocalDate day, String stage, long daysInStage, int statedProbability,
                     int stageProbability, BigDecimal amount, String currency) {
    }

    private final SalesProcess process;
    private final int everyDays;

    LifePoints(SalesProcess process, int everyDays) {
        this.process = process;
        this.everyDays = everyDays;
    }

    /** The points of a closed deal's life, in order; none for a deal that is open, or opened on its closing day. */
    List<LifePoint> of(String opportunityId, List<TimelineEntry> entries) {
        StagePath path = StagePath.of(entries);
        LocalDate closedOn = path.closedOn();
        if (closedOn == null || path.openedOn() == null) {
            return List.of();
        }
        SortedSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day = path.openedOn(); day.isBefore(closedOn); day = day.plusDays(everyDays)) {
            days.add(day);
        }
        entries.stream()
                .filter(entry -> DealIntervals.changesFigures(entry.change()) && entry.occurredOn().isBefore(closedOn))
                .forEach(entry -> days.add(entry.occurredOn()));
        List<LifePoint> points = new ArrayList<>();
        for (LocalDate day : days) {
            at(opportunityId, entries, day).ifPresent(points::add);
        }
        return points;
    }

    /** The deal as it stood at the end of {@code day}; empty if it was not open then. */
    Optional<LifePoint> at(String opportunityId, List<TimelineEntry> entries, LocalDate day) {
        DealState state = new DealState(opportunityId, null, null, null, null);
        entries.stream().filter(entry -> !entry.occurredOn().isAfter(day)).forEach(state::apply);
        if (!state.opened() || state.status() != OpportunityStatus.OPEN) {
            return Optional.empty();
        }
        state.certaintyFromLadder(process.certaintyLadder());
        int stageProbability = process.stage(state.stage()).map(Stage::probability).orElse(0);
        return Optional.of(new LifePoint(opportunityId, day, state.stage(),
                ChronoUnit.DAYS.between(state.stageEnteredOn(), day), state.probability(), stageProbability, state.amount(), state.currency()));
    }
}
