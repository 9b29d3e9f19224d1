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

    static final AnalysisSettings SETTINGS = new AnalysisSettings(null, null, null, null);

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
        Calibration calibration = calibration(null, DEALS);
        assertThat(calibration.deals()).isEqualTo(4);
        assertThat(calibration.won()).isEqualTo(2);
        assertThat(calibration.stated().predictions()).isEqualTo(8);
        assertThat(calibration.stated().brier()).isEqualByComparingTo("0.4100");
        assertThat(calibration.stageDefault().brier()).isEqualByComparingTo("0.4100");
        assertThat(calibration.stated().bands().get(1).wonShare()).isEqualByComparingTo("0.5000");
    }

    static List<DealHistory> histories(List<WithTimeline> deals) {
        return deals.stream().map(deal -> new DealHistory(deal.deal().opportunityId(), deal.deal().owner(),
                deal.deal().product(), deal.deal().sector(), deal.deal().customer(), "Deal " + deal.deal().opportunityId(),
                deal.timeline())).toList();
    }

    static Calibration calibration(LocalDate splitOn, List<WithTimeline> deals) {
        return Calibration.of(day("2026-01-01"), day("2026-12-31"), splitOn, deals, histories(deals),
                day("2026-12-31"), PROCESS, SETTINGS);
    }

    static Reliability scoreOf(Backtest backtest, String method) {
        return backtest.scores().stream().filter(score -> score.method().equals(method)).findFirst().orElseThrow()
                .reliability();
    }

    @Test
    void theBacktestScoresEveryDealOpenAtTheWeeklySnapshotsFromTheSplit_withWhatWasKnownAtTheSplit() {
        // closes: 03-13, 03-14, 05-11, 05-12; three quarters of four: the split falls on the fourth, 05-12
        Backtest byDefault = calibration(null, DEALS).backtest();
        assertThat(byDefault.splitOn()).isEqualTo(day("2026-05-12"));
        assertThat(byDefault.training().deals()).isEqualTo(3);

        Backtest backtest = calibration(day("2026-04-01"), DEALS).backtest();
        // snapshots a week apart on the split's weekday: deals 1 and 2 are open on 02-04 … 03-11 (six each)
        assertThat(backtest.training().points()).isEqualTo(12);
        assertThat(backtest.training().winShare()).isEqualByComparingTo("0.5000");
        assertThat(backtest.training().longestCycle()).isEqualTo(40);
        // deal 3 on 04-01 … 05-06 (six), deal 4, opened 04-02, on 04-08 … 05-06 (five)
        assertThat(backtest.test().points()).isEqualTo(11);
        assertThat(backtest.test().deals()).isEqualTo(2);
        assertThat(backtest.test().censoredPoints()).isZero();
        // two deals closed: too few for a fold to choose on, so the learned probability is the base rate, and says so
        assertThat(backtest.learned().chosen()).isEqualTo("base rate");
        assertThat(backtest.learned().reason()).contains("No fold before 2026-04-01 had 200 deals closed");
        assertThat(backtest.scores()).extracting(Backtest.Scored::method).containsExactly("learned", "base rate",
                "age in stage", "owner", "product", "stage default", "stated");
        assertThat(scoreOf(backtest, "learned").brier()).isEqualByComparingTo("0.2500");
        assertThat(scoreOf(backtest, "base rate").brier()).isEqualByComparingTo("0.2500");
        // 10 % at six won points and five lost: (6 * 0.81 + 5 * 0.01) / 11
        assertThat(scoreOf(backtest, "stage default").brier()).isEqualByComparingTo("0.4464");
        assertThat(scoreOf(backtest, "stated").predictions()).isEqualTo(11);
    }

    @Test
    void theBaseRateIsTheShareOfTheDealsWon_eachDealOnce_thoughALongerDealHasMorePoints() {
        // the win lives 100 days (15 weekly snapshots), the loss 40 (6): 15 of 21 points are won, one of two deals
        List<WithTimeline> deals = List.of(deal("1", "2026-01-01", true, 100), deal("2", "2026-01-02", false),
                deal("3", "2026-06-01", true), deal("4", "2026-06-02", false));
        Backtest backtest = calibration(day("2026-05-01"), deals).backtest();
        assertThat(backtest.training().points()).isEqualTo(21);
        assertThat(backtest.training().winShare()).isEqualByComparingTo("0.5000");
        // the constant says 50 % at each of the twelve test points, six won, six lost
        assertThat(scoreOf(backtest, "base rate").bands().get(5).predictions()).isEqualTo(12);
        assertThat(scoreOf(backtest, "base rate").brier()).isEqualByComparingTo("0.2500");
    }

    @Test
    void aDealStillOpenWhenOutcomesAreReadIsCountedApart_notScored() {
        List<WithTimeline> deals = List.of(deal("1", "2026-01-01", true, 100), deal("2", "2026-01-02", false),
                deal("3", "2026-06-01", true), deal("4", "2026-06-02", false));
        List<DealHistory> histories = new java.util.ArrayList<>(histories(deals));
        histories.add(new DealHistory("5", "rita", "GTX Pro", null, "Acme", "Deal 5", deal("5", "2026-06-01", true).timeline()
                .subList(0, 1)));
        Calibration calibration = Calibration.of(day("2026-01-01"), day("2026-12-31"), day("2026-05-01"), deals,
                histories, day("2026-12-31"), PROCESS, SETTINGS);
        // open from 06-01 to the end: on 06-05 … 12-25, thirty snapshots
        assertThat(calibration.backtest().test().censoredPoints()).isEqualTo(30);
        assertThat(calibration.backtest().test().censoredDeals()).isEqualTo(1);
        assertThat(calibration.backtest().test().points()).isEqualTo(12);
        assertThat(calibration.backtest().test().snapshots()).isEqualTo(42);
    }

    @Test
    void withoutBothOutcomesBeforeTheSplit_thereIsNothingToLearn_andTheBaseRateServes() {
        List<WithTimeline> deals = List.of(deal("1", "2026-02-01", true), deal("3", "2026-04-01", false));
        Backtest backtest = calibration(day("2026-04-01"), deals).backtest();
        assertThat(backtest.learned().chosen()).isEqualTo("base rate");
        assertThat(backtest.training().winShare()).isEqualByComparingTo("1.0000");
        // the lost deal 3, open on 04-01 … 05-06, said to be won for sure at its six snapshots
        assertThat(scoreOf(backtest, "learned").brier()).isEqualByComparingTo("1.0000");
        assertThat(scoreOf(backtest, "stage default").predictions()).isEqualTo(6);
    }

    @Test
    void withNoDealClosedBeforeTheSplit_nothingIsScored_andTheReasonSaysWhy() {
        Backtest backtest = calibration(day("2026-03-01"), DEALS).backtest();
        assertThat(backtest.training().deals()).isZero();
        assertThat(backtest.training().winShare()).isNull();
        assertThat(backtest.scores()).isEmpty();
        assertThat(backtest.learned().reason()).isEqualTo("No deal closed between 2026-01-01 and 2026-03-01: there "
                + "is nothing to learn from, and nothing is scored.");
        assertThat(backtest.test().points()).isPositive();
    }
}
