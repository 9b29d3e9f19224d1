package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.learning.LifePoints.LifePoint;
import io.opportunities.query.learning.Reliability.Prediction;
import io.opportunities.query.winloss.AnalysisSettings;
import io.opportunities.query.winloss.ClosedDeal;
import io.opportunities.query.winloss.ClosedDeals.WithTimeline;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the probabilities deals carried came true, and whether a model learnt from history does better: the
 * probability each deal closed in the range carried at each point of its life, and its stage's default probability,
 * are set against the outcome; then a model is trained on the deals closed before the split day and tested on those
 * closed from it on, each point's features taken as they stood at that point, never from the final state.
 *
 * @param stated       the probability each deal carried (its closing certainty, or the manual override)
 * @param stageDefault the default probability of the stage each deal was in
 */
record Calibration(LocalDate closedFrom, LocalDate closedTo, int pointEveryDays, long deals, long won,
                   Reliability stated, Reliability stageDefault, Holdout holdout) {

    /**
     * The time-split test: trained on the deals closed before {@code splitOn}, tested on those closed from it on.
     * Every way of predicting is scored on the same test points: the learned model, the stage default, the
     * probability the deals carried, and the base rate: the share of the training deals that were won, each deal once
     * (a constant).
     *
     * @param note why there is no learned model, when there is none
     */
    record Holdout(@Nullable LocalDate splitOn, @Nullable Sample training, @Nullable Sample test,
                   @Nullable Reliability learned, @Nullable Reliability stageDefault, @Nullable Reliability stated,
                   @Nullable Reliability trainingWinShare, @Nullable ModelView model, @Nullable String note) {
    }

    /** @param winShare the share of the deals that were won, each deal counted once however many points it has */
    record Sample(long deals, long points, @Nullable BigDecimal winShare) {
    }

    /**
     * The learned model, explained: its kind, its settings, and the features that weigh most.
     *
     * @param intercept the log-odds of winning of a deal with none of the features
     */
    record ModelView(String kind, double regularisation, int features, BigDecimal intercept,
                     List<WinModel.Factor> strongestFactors) {
    }

    static final String KIND = "L2-regularised logistic regression (LIBLINEAR), one yes/no feature per fact";

    /** A deal's points of life, with the features at each, and its outcome. */
    private record Lived(ClosedDeal deal, List<LifePoint> points, List<List<String>> features) {
    }

    /** @param splitOn null: the close date that three quarters of the deals closed before */
    static Calibration of(LocalDate from, LocalDate to, LocalDate splitOn, List<WithTimeline> deals,
                          SalesProcess process, AnalysisSettings settings) {
        List<Lived> lived = lived(deals, process, settings);
        LocalDate split = splitOn != null ? splitOn : defaultSplit(deals);
        return new Calibration(from, to, settings.pointEveryDays(), deals.size(),
                deals.stream().filter(deal -> deal.deal().won()).count(),
                Reliability.of(stated(lived)), Reliability.of(stageDefault(lived)),
                holdout(lived, split, settings));
    }

    /** The examples the points of the deals' lives make: the features at each, and the deal's outcome. */
    static List<WinModel.Example> examples(List<WithTimeline> deals, SalesProcess process,
                                           AnalysisSettings settings) {
        return examples(lived(deals, process, settings));
    }

    private static List<Lived> lived(List<WithTimeline> deals, SalesProcess process, AnalysisSettings settings) {
        LifePoints lifePoints = new LifePoints(process, settings.pointEveryDays());
        DealFeatures features = new DealFeatures(settings);
        List<Lived> lived = new ArrayList<>();
        for (WithTimeline each : deals) {
            ClosedDeal deal = each.deal();
            List<LifePoint> points = lifePoints.of(deal.opportunityId(), each.timeline());
            DealFeatures.Deal attributes = new DealFeatures.Deal(deal.owner(), deal.product(), deal.sector());
            lived.add(new Lived(deal, points, points.stream().map(point -> features.of(point, attributes)).toList()));
        }
        return lived;
    }

    private static List<WinModel.Example> examples(List<Lived> deals) {
        List<WinModel.Example> examples = new ArrayList<>();
        deals.forEach(deal -> deal.features().forEach(row -> examples.add(new WinModel.Example(row,
                deal.deal().won()))));
        return examples;
    }

    private static LocalDate defaultSplit(List<WithTimeline> deals) {
        List<LocalDate> closes = deals.stream().map(deal -> deal.deal().closedOn()).sorted().toList();
        return closes.isEmpty() ? null : closes.get(closes.size() * 3 / 4);
    }

    private static Holdout holdout(List<Lived> lived, LocalDate split, AnalysisSettings settings) {
        if (split == null) {
            return new Holdout(null, null, null, null, null, null, null, null, "No deal closed in the range.");
        }
        List<Lived> training = lived.stream().filter(deal -> deal.deal().closedOn().isBefore(split)).toList();
        List<Lived> test = lived.stream().filter(deal -> !deal.deal().closedOn().isBefore(split)).toList();
        List<WinModel.Example> examples = examples(training);
        Sample trainingSample = sample(training);
        Sample testSample = sample(test);
        if (test.stream().allMatch(deal -> deal.points().isEmpty())) {
            return new Holdout(split, trainingSample, testSample, null, null, null, null, null,
                    "No deal closed on or after " + split + " had a point of its life to test on.");
        }
        Optional<WinModel> model = WinModel.train(examples, settings.regularisation());
        if (model.isEmpty()) {
            return new Holdout(split, trainingSample, testSample, null, Reliability.of(stageDefault(test)),
                    Reliability.of(stated(test)), null, null,
                    "The deals closed before " + split + " do not hold both wins and others to learn from.");
        }
        double share = trainingSample.winShare().doubleValue();
        List<Prediction> learned = new ArrayList<>();
        List<Prediction> constant = new ArrayList<>();
        test.forEach(deal -> deal.features().forEach(row -> {
            learned.add(new Prediction(deal.deal().opportunityId(), model.get().probability(row), deal.deal().won()));
            constant.add(new Prediction(deal.deal().opportunityId(), share, deal.deal().won()));
        }));
        return new Holdout(split, trainingSample, testSample, Reliability.of(learned),
                Reliability.of(stageDefault(test)), Reliability.of(stated(test)), Reliability.of(constant),
                new ModelView(KIND, settings.regularisation(), model.get().features(), model.get().intercept(),
                        model.get().strongest(10)), null);
    }

    /**
     * The deals, their points, and the share of the deals that were won, each deal counted once. Their points are
     * not: a deal weighs in a score as many times as it has points, and won deals, open longer, have more.
     */
    private static Sample sample(List<Lived> deals) {
        long points = deals.stream().mapToLong(deal -> deal.points().size()).sum();
        long won = deals.stream().filter(deal -> deal.deal().won()).count();
        return new Sample(deals.size(), points, deals.isEmpty() ? null : Reliability.fraction((double) won / deals.size()));
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
