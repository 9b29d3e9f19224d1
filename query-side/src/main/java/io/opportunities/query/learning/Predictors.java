package io.opportunities.query.learning;

import io.opportunities.query.learning.Predictor.Group;
import io.opportunities.query.learning.Predictor.Method;
import io.opportunities.query.learning.TrainingSet.Closed;
import io.opportunities.query.learning.TrainingSet.Labelled;
import io.opportunities.query.winloss.Bands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The ways of predicting that are held against each other: the simple baselines a manager could work out by hand,
 * the process's own probabilities, and the learned model, with its features and with or without calibration.
 */
final class Predictors {

    /** A group's share won is shrunk toward the base rate as if it had this many more deals (or snapshots) at it. */
    static final int SHRINKAGE = 20;
    /** The Platt-scaled model is fitted on what was known this many days before its cutoff and scaled on them. */
    static final int CALIBRATION_DAYS = 56;
    /** The bands of days in stage of the age baseline. */
    static final Bands AGE = Bands.ofDays(List.of(7, 14, 21, 30, 45, 60, 75, 90, 105, 120));

    private Predictors() {
    }

    static final Method BASE_RATE = new Method("base rate",
            "the share of the deals closed before the day that were won, each deal once, for every deal",
            (cutoff, trainingAt) -> new Predictor.Constant(trainingAt.apply(cutoff).baseRate()));

    static final Method AGE_IN_STAGE = new Method("age in stage",
            "the share won of the snapshots of the deals closed before the day in the deal's band of days in stage ("
                    + AGE.of(0).label()
                    + ", …, " + AGE.of(120).label() + "), shrunk toward the base rate by " + SHRINKAGE + " snapshots",
            (cutoff, trainingAt) -> {
                List<Labelled> closed = trainingAt.apply(cutoff).points().stream().filter(point -> !point.stale())
                        .toList();
                return shrunkShare(Group.DAYS_IN_STAGE, closed.stream().map(point -> Group.DAYS_IN_STAGE
                                .of(point.snapshot())).toList(), closed.stream().map(Labelled::won).toList(),
                        trainingAt.apply(cutoff).baseRate());
            });

    static final Method OWNER = new Method("owner",
            "the share won of the owner's deals closed before the day, each deal once, shrunk toward the base rate "
                    + "by " + SHRINKAGE + " deals (an owner with 12 deals counts at 12/32 of their own share)",
            (cutoff, trainingAt) -> byDeal(trainingAt.apply(cutoff), Group.OWNER, Closed::owner));

    static final Method PRODUCT = new Method("product",
            "the share won of the product's deals closed before the day, each deal once, shrunk toward the base "
                    + "rate by " + SHRINKAGE + " deals",
            (cutoff, trainingAt) -> byDeal(trainingAt.apply(cutoff), Group.PRODUCT, Closed::product));

    static final Method STAGE_DEFAULT = new Method("stage default",
            "the default probability of the deal's stage in the configured process",
            (cutoff, trainingAt) -> new Predictor.ProcessProbability(Predictor.ProcessProbability.Which.STAGE_DEFAULT));

    static final Method STATED = new Method("stated",
            "the probability the deal carried: the certainty ladder's from its buying actions, or its override",
            (cutoff, trainingAt) -> new Predictor.ProcessProbability(Predictor.ProcessProbability.Which.STATED));

    /** The baselines and the process's probabilities, in the order a report shows them. */
    static final List<Method> BASELINES = List.of(BASE_RATE, AGE_IN_STAGE, OWNER, PRODUCT, STAGE_DEFAULT, STATED);

    /** The learned model with these features, Platt-scaled or not, with LIBLINEAR's C. */
    static Method learned(SnapshotFeatures.Kind kind, boolean plattScaled, double regularisation) {
        String name = "learned: " + kind.name().toLowerCase().replace('_', ' ') + (plattScaled ? ", Platt-scaled" : "");
        String description = "L2-regularised logistic regression (C " + regularisation + ") on " + kind.facts
                + (plattScaled ? "; fitted on what was known " + CALIBRATION_DAYS + " days before the day, then "
                + "Platt-scaled on the snapshots of those " + CALIBRATION_DAYS + " days" : "");
        return new Method(name, description, (cutoff, trainingAt) -> {
            if (!plattScaled) {
                return LearnedPredictor.fit(trainingAt.apply(cutoff), kind, regularisation, null);
            }
            TrainingSet scaling = trainingAt.apply(cutoff);
            TrainingSet earlier = trainingAt.apply(cutoff.minusDays(CALIBRATION_DAYS));
            if (!earlier.teaches()) {
                return LearnedPredictor.fit(scaling, kind, regularisation, null);
            }
            List<Labelled> recent = scaling.points().stream()
                    .filter(point -> !point.snapshot().day().isBefore(earlier.cutoff())).toList();
            return LearnedPredictor.fit(earlier, kind, regularisation, recent);
        });
    }

    /** Every way the choice of the learned model may pick from: the baselines and the learned models. */
    static List<Method> candidates(double regularisation) {
        List<Method> candidates = new ArrayList<>(BASELINES);
        for (SnapshotFeatures.Kind kind : SnapshotFeatures.Kind.values()) {
            candidates.add(learned(kind, false, regularisation));
            candidates.add(learned(kind, true, regularisation));
        }
        return List.copyOf(candidates);
    }

    private static Predictor byDeal(TrainingSet training, Group group, Function<Closed, String> groupOf) {
        return shrunkShare(group, training.closed().stream().map(deal -> String.valueOf(groupOf.apply(deal))).toList(),
                training.closed().stream().map(Closed::won).toList(), training.baseRate());
    }

    private static Predictor shrunkShare(Group group, List<String> groups, List<Boolean> won, double base) {
        Map<String, long[]> counts = new TreeMap<>();
        for (int i = 0; i < groups.size(); i++) {
            long[] count = counts.computeIfAbsent(groups.get(i), key -> new long[2]);
            count[0] += won.get(i) ? 1 : 0;
            count[1]++;
        }
        Map<String, Predictor.Count> shares = new TreeMap<>();
        counts.forEach((key, count) -> shares.put(key, new Predictor.Count(count[0], count[1])));
        return new Predictor.GroupShare(group, shares, base, SHRINKAGE);
    }
}
