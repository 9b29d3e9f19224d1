package io.opportunities.query.learning;

import io.opportunities.api.opportunity.*;
import io.opportunities.query.timeline.TimelineEntry;
import io.opportunities.query.winloss.AnalysisSettings;
import io.opportunities.query.winloss.ClosedDeal;
import io.opportunities.query.winloss.ClosedDeals.WithTimeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four deals, each opened in IDENTIFY (10 %) and closed 40 days later, so each is looked at on its opening day and 30
 * days on: two points, both at 10 % stated and stage default. Deals 1 and 2 (won, lost) close in March, deals 3 and
 * 4 (won, lost) in May. Brier of 10 % against two wins and two losses: (0.81 * 4 + 0.01 * 4) / 8 = 0.41.
 */
class CalibrationTest {

    static final AnalysisSettings SETTINGS = new AnalysisSettings(null, null, null, null, null);

    static WithTimeline deal(String id, String opened, boolean won) {
        return deal(id, opened, won, 40);
    }

    static WithTimeline deal(String id, String opened, boolean won, int days) {
        LocalDate on = LocalDate.parse(opened);
        LocalDate closed = on.plusDays(days);
        Instant at = NOW;
        List<OpportunityEvent> events = List.of(
                new OpportunityOpened(id, "Acme", "Deal " + id, "GTX Pro", "rita", Money.of("1000", "EUR"),
                        closed, new WarningSignal(WarningSignalType.OTHER, "x"), "IDENTIFY", null, REP, at, on),
                won ? new OpportunityWon(id, Money.of("1000", "EUR"), "IDENTIFY", List.of(), REP, at, closed)
                        : new OpportunityLost(id, LossReason.PRICE, null, null, "IDENTIFY", REP, at, closed));
        List<TimelineEntry> entries = new ArrayList<>();
        for (int version = 0; version < events.size(); version++) {
            TimelineEntry.of(events.get(version), version, 10).ifPresent(entries::add);
        }
        return new WithTimeline(new ClosedDeal(id, "rita", "GTX Pro", "Acme", "retail",
                won ? OpportunityStatus.WON : OpportunityStatus.LOST, "IDENTIFY", "IDENTIFY", on, closed,
                new BigDecimal("1000"), "EUR", won ? null : "PRICE", null, List.of(), new BigDecimal("1000"), "EUR"), entries);
    }

    static final List<WithTimeline> DEALS = List.of(deal("1", "2026-02-01", true), deal("2", "2026-02-02", false),
            deal("3", "2026-04-01", true), deal("4", "2026-04-02", false));

    @Test
    void theStatedAndTheStageDefaultProbabilitiesAreScoredAtEveryPoint() {
        Calibration calibration = Calibration.of(day("2026-01-01"), day("2026-12-31"), null, DEALS, PROCESS, SETTINGS);
        assertThat(calibration.deals()).isEqualTo(4);
        assertThat(calibration.won()).isEqualTo(2);
        assertThat(calibration.stated().predictions()).isEqualTo(8);
        assertThat(calibration.stated().brier()).isEqualByComparingTo("0.4100");
        assertThat(calibration.stageDefault().brier()).isEqualByComparingTo("0.4100");
        assertThat(calibration.stated().bands().get(1).wonShare()).isEqualByComparingTo("0.5000");
    }

    @Test
    void theHoldoutTrainsOnTheDealsClosedBeforeTheSplitAndTestsOnTheRest() {
        // closes: 03-13, 03-14, 05-11, 05-12; three quarters of four: the split falls on the fourth, 05-12
        Calibration byDefault = Calibration.of(day("2026-01-01"), day("2026-12-31"), null, DEALS, PROCESS, SETTINGS);
        assertThat(byDefault.holdout().splitOn()).isEqualTo(day("2026-05-12"));
        assertThat(byDefault.holdout().training().deals()).isEqualTo(3);
        assertThat(byDefault.holdout().test().deals()).isEqualTo(1);

        Calibration.Holdout holdout = Calibration.of(day("2026-01-01"), day("2026-12-31"), day("2026-04-01"), DEALS,
                PROCESS, SETTINGS).holdout();
        assertThat(holdout.training().points()).isEqualTo(4);
        assertThat(holdout.training().winShare()).isEqualByComparingTo("0.5000");
        assertThat(holdout.test().points()).isEqualTo(4);
        // every training point has the same features, half won: the model can only say 50 %, as the constant does
        assertThat(holdout.learned().brier()).isEqualByComparingTo("0.2500");
        assertThat(holdout.trainingWinShare().brier()).isEqualByComparingTo("0.2500");
        assertThat(holdout.stageDefault().brier()).isEqualByComparingTo("0.4100");
        assertThat(holdout.model().kind()).contains("logistic regression");
    }

    @Test
    void theBaseRateIsTheShareOfTheDealsWon_eachDealOnce_thoughALongerDealHasMorePoints() {
        // the win lives 100 days (points on days 0, 30, 60, 90), the loss 40 (days 0, 30): 4 of 6 points are won
        List<WithTimeline> deals = List.of(deal("1", "2026-01-01", true, 100), deal("2", "2026-01-02", false),
                deal("3", "2026-06-01", true), deal("4", "2026-06-02", false));
        Calibration.Holdout holdout = Calibration.of(day("2026-01-01"), day("2026-12-31"), day("2026-05-01"), deals,
                PROCESS, SETTINGS).holdout();
        assertThat(holdout.training().points()).isEqualTo(6);
        assertThat(holdout.training().winShare()).isEqualByComparingTo("0.5000");
        // the constant says 50 % at each of the four test points, two won, two lost
        assertThat(holdout.trainingWinShare().bands().get(5).predictions()).isEqualTo(4);
        assertThat(holdout.trainingWinShare().brier()).isEqualByComparingTo("0.2500");
    }

    @Test
    void withoutBothOutcomesBeforeTheSplit_thereIsNothingToLearn() {
        List<WithTimeline> deals = List.of(deal("1", "2026-02-01", true), deal("3", "2026-04-01", false));
        Calibration.Holdout holdout = Calibration.of(day("2026-01-01"), day("2026-12-31"), day("2026-04-01"), deals,
                PROCESS, SETTINGS).holdout();
        assertThat(holdout.learned()).isNull();
        assertThat(holdout.note()).contains("do not hold both wins and others");
        assertThat(holdout.stageDefault().predictions()).isEqualTo(2);
    }
}
