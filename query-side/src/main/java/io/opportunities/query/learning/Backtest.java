package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.learning.Predictor.Method;
import io.opportunities.query.learning.Reliability.Prediction;
import io.opportunities.query.learning.Snapshots.Point;
import io.opportunities.query.learning.Snapshots.Snapshot;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A forecast test: the predictors are fitted on what was known on the split day, then every deal open at each weekly
 * snapshot from the split on is predicted as it stood then and scored against what had become of it by the day
 * outcomes are read. Deals still open then are counted apart (censored), not scored. Every way of predicting is
 * scored on the same points: the learned probability (the method the training's own folds chose), the base rate, the
 * age-in-stage, owner and product shares, the stage default and the stated probability.
 *
 * @param outcomesBy the day outcomes are read: the last close day of the range
 * @param learned    the method chosen for the learned probability, and why
 * @param scores     each way of predicting on the test points, the learned probability first
 */
record Backtest(LocalDate splitOn, LocalDate outcomesBy, int everyDays, Training training, Test test,
                ModelChoice learned, List<Scored> scores) {

    /**
     * What was known on the split day.
     *
     * @param winShare     the base rate: the share of the deals closed before the split that were won, each once
     * @param longestCycle the most days a deal closed before the split was open; a deal open longer is scored as
     *                     history shows such deals: none of them was won
     * @param stalePoints  the snapshots of deals open on the split day and longer than the longest cycle then,
     *                     taught as not won
     */
    @Schema(name = "BacktestTraining")
    record Training(long deals, long won, @Nullable BigDecimal winShare, long points, long stalePoints,
                    long longestCycle) {
    }

    /**
     * The snapshots from the split on.
     *
     * @param points         the snapshots scored: deals whose outcome was known by {@code outcomesBy}
     * @param censoredPoints the snapshots of deals still open then, not scored
     */
    @Schema(name = "BacktestTest")
    record Test(long snapshots, long points, long deals, long censoredPoints, long censoredDeals) {
    }

    /** One way of predicting, scored. */
    @Schema(name = "BacktestScore")
    record Scored(String method, String description, Reliability reliability) {
    }

    static Backtest of(List<DealHistory> deals, LocalDate closedFrom, LocalDate split, LocalDate outcomesBy,
                       SalesProcess process, double regularisation) {
        LocalDate first = deals.stream().map(DealHistory::openedOn).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(split);
        List<Point> points = new Snapshots(process).of(deals, Snapshots.days(split, first, outcomesBy.plusDays(1)),
                outcomesBy);
        List<Snapshot> snapshots = points.stream().map(Point::snapshot).toList();
        Function<LocalDate, TrainingSet> trainingAt = TrainingSet.memoised(deals, snapshots, closedFrom);
        TrainingSet training = trainingAt.apply(split);
        List<Point> test = points.stream().filter(point -> !point.snapshot().day().isBefore(split)).toList();
        List<Point> scored = test.stream().filter(point -> !point.censored()).toList();
        List<Scored> scores = new ArrayList<>();
        ModelChoice choice;
        if (training.closed().isEmpty()) {
            choice = new ModelChoice(Predictors.BASE_RATE.name(), "No deal closed between " + closedFrom + " and "
                    + split + ": there is nothing to learn from, and nothing is scored.", List.of());
        } else {
            LearnedModel model = LearnedModel.fit(split, first, trainingAt, regularisation);
            choice = model.choice();
            scores.add(score("learned", "the learned probability: " + model.method() + ", " + model.description(),
                    model.predictor(), scored));
            for (Method baseline : Predictors.BASELINES) {
                scores.add(score(baseline.name(), baseline.description(), baseline.fit(split, trainingAt), scored));
            }
        }
        return new Backtest(split, outcomesBy, Snapshots.EVERY_DAYS,
                new Training(training.closed().size(), training.won(),
                        training.closed().isEmpty() ? null : Reliability.fraction(training.baseRate()),
                        training.points().size(), training.stalePoints(), training.longestCycle()),
                new Test(test.size(), scored.size(),
                        scored.stream().map(point -> point.snapshot().opportunityId()).distinct().count(),
                        test.size() - scored.size(),
                        test.stream().filter(Point::censored).map(point -> point.snapshot().opportunityId())
                                .distinct().count()),
                choice, scores);
    }

    private static Scored score(String name, String description, Predictor predictor, List<Point> points) {
        return new Scored(name, description, Reliability.of(points.stream()
                .map(point -> new Prediction(point.snapshot().opportunityId(), predictor.probability(point.snapshot()),
                        point.won()))
                .toList()));
    }
}
