package io.opportunities.query.learning;

import io.opportunities.query.learning.Snapshots.Snapshot;
import io.opportunities.query.learning.TrainingSet.Labelled;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The learned chance of winning: a logistic regression on a deal's facts at a snapshot, trained on what was known
 * on a day, Platt-scaled or not. When there is nothing to learn from (no wins, or nothing else), it says the base
 * rate.
 *
 * @param model    empty when nothing could be learnt
 * @param scaleA   Platt's slope on the model's log-odds (1 when not scaled)
 * @param scaleB   Platt's shift (0 when not scaled)
 * @param baseRate the training deals' win share, each deal once
 */
record LearnedPredictor(SnapshotFeatures features, @Nullable WinModel model, double scaleA, double scaleB,
                        double baseRate) implements Predictor {

    /** @param scaleOn the labelled snapshots to Platt-scale on, or null to leave the model as it learnt */
    static LearnedPredictor fit(TrainingSet training, SnapshotFeatures.Kind kind, double regularisation,
                                @Nullable List<Labelled> scaleOn) {
        SnapshotFeatures features = new SnapshotFeatures(kind, training.longestCycle());
        WinModel model = WinModel.train(training.points().stream()
                        .map(point -> new WinModel.Example(features.of(point.snapshot()), point.won())).toList(),
                regularisation).orElse(null);
        if (model == null || scaleOn == null || scaleOn.stream().map(Labelled::won).distinct().count() < 2) {
            return new LearnedPredictor(features, model, 1, 0, training.baseRate());
        }
        double[] scores = scaleOn.stream().mapToDouble(point -> logit(model.probability(features.of(point.snapshot()))))
                .toArray();
        double[] platt = platt(scores, scaleOn.stream().map(Labelled::won).toList());
        return new LearnedPredictor(features, model, platt[0], platt[1], training.baseRate());
    }

    @Override
    public double probability(Snapshot snapshot) {
        if (model == null) {
            return baseRate;
        }
        double raw = model.probability(features.of(snapshot));
        return scaleA == 1 && scaleB == 0 ? raw : sigmoid(scaleA * logit(raw) + scaleB);
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
