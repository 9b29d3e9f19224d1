package io.opportunities.query.learning;

import io.opportunities.query.learning.SnapshotFeatures.Fact;
import io.opportunities.query.learning.Snapshots.Snapshot;
import io.opportunities.query.learning.TrainingSet.Labelled;
import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learned chance of winning: a logistic regression on a deal's facts at a snapshot, trained on what was known
 * on a day, Platt-scaled or not. Its parameters are all it holds: the chance is the logistic function of the
 * intercept plus the weights of the deal's facts, then scaled.
 *
 * @param weights        each fact's weight toward a win, for the facts seen in training
 * @param averageWeights per group of facts, the mean weight of that group's facts over the snapshots of the deals that
 *                       closed: a deal is explained by how far each of its facts lies from the average such deal's
 * @param scaleA         Platt's slope on the model's log-odds (1 when not scaled)
 * @param scaleB         Platt's shift (0 when not scaled)
 * @param baseRate       the training deals' win share, each deal once
 */
record LearnedPredictor(SnapshotFeatures features, double intercept, Map<String, Double> weights,
                        Map<String, Double> averageWeights, double scaleA, double scaleB, double baseRate)
        implements Predictor {

    /**
     * Fits on the training; the base rate when there is nothing to learn from (no wins, or nothing else).
     *
     * @param scaleOn the labelled snapshots to Platt-scale on, or null to leave the model as it learnt
     */
    static Predictor fit(TrainingSet training, SnapshotFeatures.Kind kind, double regularisation,
                         @Nullable List<Labelled> scaleOn) {
        SnapshotFeatures features = new SnapshotFeatures(kind, training.longestCycle());
        WinModel model = WinModel.train(training.points().stream()
                        .map(point -> new WinModel.Example(features.of(point.snapshot()), point.won())).toList(),
                regularisation).orElse(null);
        if (model == null) {
            return new Predictor.Constant(training.baseRate());
        }
        Map<String, Double> weights = model.weights();
        Map<String, double[]> sums = new HashMap<>();
        for (Labelled point : training.points()) {
            if (point.stale()) {
                continue;
            }
            for (Fact fact : features.facts(point.snapshot())) {
                double[] sum = sums.computeIfAbsent(fact.group(), group -> new double[2]);
                sum[0] += weights.getOrDefault(fact.label(), 0.0);
                sum[1]++;
            }
        }
        Map<String, Double> averages = new TreeMap<>();
        sums.forEach((group, sum) -> averages.put(group, sum[0] / sum[1]));
        LearnedPredictor unscaled = new LearnedPredictor(features, model.interceptLogOdds(), weights, averages, 1, 0,
                training.baseRate());
        if (scaleOn == null || scaleOn.stream().map(Labelled::won).distinct().count() < 2) {
            return unscaled;
        }
        double[] scores = scaleOn.stream().mapToDouble(point -> unscaled.logOdds(point.snapshot())).toArray();
        double[] platt = platt(scores, scaleOn.stream().map(Labelled::won).toList());
        return new LearnedPredictor(features, model.interceptLogOdds(), weights, averages, platt[0], platt[1],
                training.baseRate());
    }

    @Override
    public double probability(Snapshot snapshot) {
        return scaled(logOdds(snapshot));
    }

    /** The chance the model gives a deal of these log-odds, after scaling. */
    double scaled(double logOdds) {
        return sigmoid(scaleA * logOdds + scaleB);
    }

    /** The model's log-odds of winning, before scaling. */
    double logOdds(Snapshot snapshot) {
        double sum = intercept;
        for (String feature : features.of(snapshot)) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return sum;
    }

    /** The deal's facts no training snapshot had: the model has no weight for them. */
    List<String> unseen(Snapshot snapshot) {
        return features.of(snapshot).stream().filter(feature -> !weights.containsKey(feature)).toList();
    }

    /**
     * Platt's scaling: the slope and shift on the log-odds that fit the outcomes best (maximum likelihood, by
     * Newton's method), with Platt's targets (wins as (n₊+1)/(n₊+2), others as 1/(n₋+2)) so that it cannot overfit.
     */
    static double[] platt(double[] scores, List<Boolean> won) {
        long wins = won.stream().filter(Boolean::booleanValue).count();
        long others = won.size() - wins;
        double high = (wins + 1.0) / (wins + 2.0);
        double low = 1.0 / (others + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < scores.length; i++) {
                double p = sigmoid(a * scores[i] + b);
                double target = won.get(i) ? high : low;
                double w = p * (1 - p);
                ga += (p - target) * scores[i];
                gb += p - target;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            double determinant = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / determinant;
            double db = (haa * gb - hab * ga) / determinant;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[]{a, b};
    }

    static double logit(double p) {
        double held = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(held / (1 - held));
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
