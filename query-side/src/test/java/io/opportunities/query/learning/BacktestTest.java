package io.opportunities.query.learning;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.query.timeline.TimelineEntry;
import io.opportunities.query.timeline.TimelineEntry.Change;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.opportunities.query.TestEvents.PROCESS;
import static io.opportunities.query.TestEvents.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned probability against the baselines on deals whose outcome the calendar foretells, as in the public data
 * set: a deal that closes in a quarter's last month is won, any other is lost. The timing model can learn it from
 * where a snapshot lies in its quarter; no baseline can.
 */
class BacktestTest {

    static TimelineEntry entry(String id, long version, LocalDate on, Change change, OpportunityStatus status) {
        return new TimelineEntry(id, version, on, Instant.EPOCH, change, "IDENTIFY", null, status,
                new BigDecimal("1000"), "EUR", null, null, 10, null, null, null, null);
    }

    static DealHistory deal(String id, LocalDate opened, Integer days, boolean won) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(entry(id, 0, opened, Change.OPENED, OpportunityStatus.OPEN));
        if (days != null) {
            entries.add(entry(id, 1, opened.plusDays(days), won ? Change.WON : Change.LOST,
                    won ? OpportunityStatus.WON : OpportunityStatus.LOST));
        }
        return new DealHistory(id, "owner " + (Integer.parseInt(id) % 7), "product " + (Integer.parseInt(id) % 3),
                null, "Customer " + id, "Deal " + id, entries);
    }

    /** A thousand deals opened over 300 days, each open 10 to 99 days, won exactly when it closes in a quarter's last month. */
    static List<DealHistory> calendarDeals() {
        List<DealHistory> deals = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            LocalDate opened = day("2025-01-01").plusDays(i * 300L / 1000);
            int days = 10 + (i * 37) % 90;
            deals.add(deal(String.valueOf(i), opened, days, opened.plusDays(days).getMonthValue() % 3 == 0));
        }
        return deals;
    }

    @Test
    void whenTheCalendarForetellsTheOutcome_theFoldsChooseALearnedModel_andItBeatsEveryBaseline() {
        Backtest backtest = Backtest.of(calendarDeals(), day("2025-01-01"), day("2025-09-01"), day("2025-12-31"),
                PROCESS, 1.0);
        // the median cycle, 56 days, before the split: folds fitted on 04-21 (too few deals closed), 05-19 and 06-16
        assertThat(backtest.learned().folds()).extracting(fold -> fold.fittedOn().toString(), fold -> fold.scores().isEmpty())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-04-21", true),
                        org.assertj.core.groups.Tuple.tuple("2025-05-19", false),
                        org.assertj.core.groups.Tuple.tuple("2025-06-16", false));
        assertThat(backtest.learned().chosen()).startsWith("learned: timing");
        assertThat(backtest.learned().reason()).contains("on the 2 time-ordered folds of the training data before 2025-09-01");
        double learned = CalibrationTest.scoreOf(backtest, "learned").brier().doubleValue();
        for (String baseline : List.of("base rate", "age in stage", "owner", "product", "stage default", "stated")) {
            assertThat(learned).as(baseline).isLessThan(CalibrationTest.scoreOf(backtest, baseline).brier().doubleValue());
        }
        assertThat(backtest.scores().get(0).description()).startsWith("the learned probability: learned: timing");
    }

    @Test
    void aDealOpenLongerThanAnyThatClosedIsTaughtAsNotWon_andHasAFeatureOfItsOwn() {
        // closed deals live 40 and 100 days; deal 9, open since 01-01, is older than 100 days on 04-17 and 04-24
        List<DealHistory> deals = List.of(deal("1", day("2026-01-01"), 100, true), deal("2", day("2026-01-02"), 40, false),
                deal("9", day("2026-01-01"), null, false));
        List<Snapshots.Snapshot> snapshots = new Snapshots(PROCESS)
                .of(deals, Snapshots.days(day("2026-05-01"), day("2026-01-01"), day("2026-05-01")), day("2026-04-30"))
                .stream().map(Snapshots.Point::snapshot).toList();
        TrainingSet training = TrainingSet.at(day("2026-05-01"), deals, snapshots, day("2026-01-01"));
        assertThat(training.longestCycle()).isEqualTo(100);
        assertThat(training.stalePoints()).isEqualTo(2);
        assertThat(training.points()).filteredOn(point -> point.snapshot().opportunityId().equals("9"))
                .extracting(point -> point.snapshot().day().toString(), TrainingSet.Labelled::won)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-04-17", false),
                        org.assertj.core.groups.Tuple.tuple("2026-04-24", false));
        SnapshotFeatures features = new SnapshotFeatures(SnapshotFeatures.Kind.TIMING, training.longestCycle());
        Snapshots.Snapshot old = training.points().get(training.points().size() - 1).snapshot();
        assertThat(features.of(old)).containsExactly("stage: IDENTIFY", "days in stage: open longer than any deal that closed (100 days)",
                "month of the quarter: first", "days to the quarter's end: 60 to 69 days");
    }
}
