package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.CertaintyLadder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A deal's funnel figures over business time, from its timeline: on each business date on which something
 * happened, the fold of every entry that happened on or before it (in stream order, the certainty worked out with
 * the ladder), kept as an interval until the next date that changes the figures. The fold as of any date therefore
 * equals the interval that contains it.
 */
public final class DealIntervals {

    /** @param validTo the first day it no longer holds; null while it still does */
    public record Interval(LocalDate validFrom, LocalDate validTo, String stage, OpportunityStatus status,
                           BigDecimal amount, String currency, LocalDate expectedCloseOn, int probability,
                           boolean overridden) {

        boolean sameFigures(Interval other) {
            return stage.equals(other.stage) && status == other.status && amount.compareTo(other.amount) == 0
                    && currency.equals(other.currency) && expectedCloseOn.equals(other.expectedCloseOn)
                    && probability == other.probability && overridden == other.overridden;
        }

        Interval until(LocalDate end) {
            return new Interval(validFrom, end, stage, status, amount, currency, expectedCloseOn, probability,
                    overridden);
        }
    }

    private DealIntervals() {
    }

    /** Whether an entry of this kind can change the figures the intervals keep. */
    public static boolean changesFigures(TimelineEntry.Change change) {
        return switch (change) {
            case QUALIFIED, NEXT_STEP_AGREED, NEXT_STEP_RESCHEDULED, NEXT_STEP_SETTLED -> false;
            default -> true;
        };
    }

    /** @param entries the deal's whole timeline, in stream order */
    public static List<Interval> of(List<TimelineEntry> entries, CertaintyLadder ladder) {
        SortedSet<LocalDate> days = new TreeSet<>();
        entries.forEach(entry -> days.add(entry.occurredOn()));
        List<Interval> intervals = new ArrayList<>();
        for (LocalDate day : days) {
            DealState state = new DealState(null, null, null, null, null);
            entries.stream().filter(entry -> !entry.occurredOn().isAfter(day)).forEach(state::apply);
            if (!state.opened()) {
                continue;
            }
            state.certaintyFromLadder(ladder);
            Interval next = new Interval(day, null, state.stage(), state.status(), state.amount(), state.currency(),
                    state.expectedCloseOn(), state.probability(), state.certaintyOverride() != null);
            if (!intervals.isEmpty()) {
                Interval last = intervals.get(intervals.size() - 1);
                if (last.sameFigures(next)) {
                    continue;
                }
                intervals.set(intervals.size() - 1, last.until(day));
            }
            intervals.add(next);
        }
        return intervals;
    }
}
