package io.opportunities.query.learning;

import io.opportunities.query.learning.Predictor.Method;
import io.opportunities.query.learning.TrainingSet.Labelled;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which way of predicting serves as the learned probability, chosen on time-ordered folds of the training data only:
 * each fold fits every candidate on what was known on a day before the cutoff and scores it on the snapshots of the
 * four weeks from that day whose outcome was known by the cutoff, the last fold ending the training deals' median
 * cycle before the cutoff (see {@link #horizon}); a fold whose training holds fewer than 200 closed
 * deals, or no wins or nothing else, is not counted. The candidate with the lowest mean Brier score over the folds is
 * chosen; when that is a baseline, the learned probability falls back to it, and says so.
 *
 * @param folds each fold's scores, the earliest first
 */
@Schema(name = "LearnedModelChoice")
record ModelChoice(String chosen, String reason, List<Fold> folds) {

    /** How many folds, and how many days each scores. */
    static final int FOLDS = 3;
    static final int FOLD_DAYS = 28;
    /** A fold whose training holds fewer closed deals than this says little, and is not counted. */
    static final int MIN_FOLD_DEALS = 200;

    /** A fold: fitted on what was known on {@code fittedOn}, scored on the snapshots up to the day before {@code to}. */
    @Schema(name = "ModelChoiceFold")
    record Fold(LocalDate fittedOn, LocalDate to, long points, List<Score> scores) {
    }

    @Schema(name = "ModelChoiceScore")
    record Score(String method, BigDecimal brier) {
    }

    /**
     * How many days before the cutoff a fold's scoring ends: the median cycle of the deals closed by then, in whole
     * weeks, so that most deals open in a fold had closed by the cutoff. A fold that ended at the cutoff would score
     * only the deals that closed soon after it, and those are mostly lost (a loss closes faster than a win): it
     * would reward saying "lost" of a young deal.
     */
    static long horizon(TrainingSet training) {
        List<Long> cycles = training.closedCycles().stream().sorted().toList();
        long median = cycles.isEmpty() ? 0 : cycles.get(cycles.size() / 2);
        return (median + Snapshots.EVERY_DAYS - 1) / Snapshots.EVERY_DAYS * Snapshots.EVERY_DAYS;
    }

    static ModelChoice choose(LocalDate cutoff, List<Method> candidates, Function<LocalDate, TrainingSet> trainingAt) {
        TrainingSet atCutoff = trainingAt.apply(cutoff);
        List<Labelled> known = atCutoff.points();
        long horizon = horizon(atCutoff);
        double[] sums = new double[candidates.size()];
        int scored = 0;
        List<Fold> folds = new ArrayList<>();
        for (int fold = FOLDS; fold >= 1; fold--) {
            LocalDate from = cutoff.minusDays(horizon + (long) fold * FOLD_DAYS);
            LocalDate to = from.plusDays(FOLD_DAYS);
            List<Labelled> points = known.stream().filter(point -> !point.snapshot().day().isBefore(from)
                    && point.snapshot().day().isBefore(to)).toList();
            TrainingSet training = trainingAt.apply(from);
            if (points.isEmpty() || !training.teaches() || training.closed().size() < MIN_FOLD_DEALS) {
                folds.add(new Fold(from, to, points.size(), List.of()));
                continue;
            }
            scored++;
            List<Score> scores = new ArrayList<>();
            for (int candidate = 0; candidate < candidates.size(); candidate++) {
                Predictor predictor = candidates.get(candidate).fit(from, trainingAt);
                double squares = 0;
                for (Labelled point : points) {
                    double error = predictor.probability(point.snapshot()) - (point.won() ? 1 : 0);
                    squares += error * error;
                }
                sums[candidate] += squares / points.size();
                scores.add(new Score(candidates.get(candidate).name(), Reliability.fraction(squares / points.size())));
            }
            folds.add(new Fold(from, to, points.size(), scores));
        }
        if (scored == 0) {
            return new ModelChoice(Predictors.BASE_RATE.name(), "No fold before " + cutoff + " had " + MIN_FOLD_DEALS
                    + " deals closed, won and not, and snapshots to score, so nothing could be chosen: the base rate "
                    + "serves.", folds);
        }
        int best = 0;
        for (int candidate = 1; candidate < candidates.size(); candidate++) {
            if (sums[candidate] < sums[best]) {
                best = candidate;
            }
        }
        String chosen = candidates.get(best).name();
        return new ModelChoice(chosen, "The lowest mean Brier score (" + Reliability.fraction(sums[best] / scored)
                + ") on the " + scored + " time-ordered folds of the training data before " + cutoff
                + (chosen.startsWith("learned") ? "." : "; no learned model did better, so the learned probability "
                + "falls back to this baseline."), folds);
    }
}
