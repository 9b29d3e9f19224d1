package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.learning.LifePoints.LifePoint;
import io.opportunities.query.learning.Reliability.Prediction;
import io.opportunities.query.winloss.AnalysisSettings;
import io.opportunities.query.winloss.ClosedDeal;
import io.opportunities.query.winloss.ClosedDeals.WithTimeline;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the probabilities deals carried came true, and whether a model learnt from history does better: the
 * probability each deal closed in the range carried at each point of its life, and its stage's default probability,
 * are set against the outcome; then the back-test, a forecast test at weekly snapshots from the split day on, holds
 * the learned probability against the simple baselines.
 *
 * @param stated       the probability each deal carried (its closing certainty, or the manual override)
 * @param stageDefault the default probability of the stage each deal was in
 * @param backtest     null when no deal closed in the range
 */
record Calibration(LocalDate closedFrom, LocalDate closedTo, int pointEveryDays, long deals, long won,
                   Reliability stated, Reliability stageDefault, @Nullable Backtest backtest) {

    /** A deal's points of life, and its outcome. */
    private record Lived(ClosedDeal deal, List<LifePoint> points) {
    }

    /**
     * @param splitOn    null: the close date that three quarters of the deals closed before
     * @param histories  every deal open or closed, for the back-test's snapshots
     * @param outcomesBy the day the back-test reads outcomes: the range's last day, or today if that is earlier
     */
    static Calibration of(LocalDate from, LocalDate to, @Nullable LocalDate splitOn, List<WithTimeline> deals,
                          List<DealHistory> histories, LocalDate outcomesBy, SalesProcess process,
                          AnalysisSettings settings) {
        List<Lived> lived = lived(deals, process, settings);
        LocalDate split = splitOn != null ? splitOn : defaultSplit(deals);
        return new Calibration(from, to, settings.pointEveryDays(), deals.size(),
                deals.stream().filter(deal -> deal.deal().won()).count(),
                Reliability.of(stated(lived)), Reliability.of(stageDefault(lived)),
                split == null ? null : Backtest.of(histories, from, split, outcomesBy, process,
                        settings.regularisation()));
    }

    private static List<Lived> lived(List<WithTimeline> deals, SalesProcess process, AnalysisSettings settings) {
        LifePoints lifePoints = new LifePoints(process, settings.pointEveryDays());
        return deals.stream().map(each -> new Lived(each.deal(), lifePoints.of(each.deal().opportunityId(),
                each.timeline()))).toList();
    }

    private static LocalDate defaultSplit(List<WithTimeline> deals) {
        List<LocalDate> closes = deals.stream().map(deal -> deal.deal().closedOn()).sorted().toList();
        return closes.isEmpty() ? null : closes.get(closes.size() * 3 / 4);
    }

    private static List<Prediction> stated(List<Lived> deals) {
        List<Prediction> predictions = new ArrayList<>();
        deals.forEach(deal -> deal.points().forEach(point -> predictions.add(new Prediction(point.opportunityId(),
                point.statedProbability() / 100.0, deal.deal().won()))));
        return predictions;
    }

    private static List<Prediction> stageDefault(List<Lived> deals) {
        List<Prediction> predictions = new ArrayList<>();
        deals.forEach(deal -> deal.points().forEach(point -> predictions.add(new Prediction(point.opportunityId(),
                point.stageProbability() / 100.0, deal.deal().won()))));
        return predictions;
    }
}
