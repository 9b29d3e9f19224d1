package io.opportunities.query.learning;

import io.opportunities.query.learning.SnapshotFeatures.Fact;
import io.opportunities.query.learning.Snapshots.Snapshot;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a deal's learned probability comes about, from a number a user can name, one fact at a time: it starts at the
 * base rate (the share of the deals closed before the model's cutoff that were won) and each step says how one fact
 * of the deal moves it, until the last step ends at the learned probability.
 */
final class Explanation {

    /**
     * One step: how one fact of the deal moves its chance.
     *
     * @param fact the fact, in words ("days in stage: 30 to 44 days")
     * @param from the chance before this fact, 0 to 1
     * @param to   the chance with it
     * @param says the step in a sentence
     */
    @Schema(name = "WinProbabilityStep")
    record Step(String fact, BigDecimal from, BigDecimal to, String says) {
    }

    private Explanation() {
    }

    static List<Step> of(LearnedModel model, Snapshot snapshot) {
        double base = model.baseRate();
        LocalDate cutoff = model.cutoff();
        String history = "Of the " + model.deals() + " deals closed before " + cutoff + ", " + percent(base)
                + " were won";
        List<Step> steps = new ArrayList<>();
        Predictor predictor = model.predictor();
        if (predictor instanceof LearnedPredictor learned) {
            List<Fact> facts = learned.features().facts(snapshot);
            double logOdds = learned.intercept();
            for (Fact fact : facts) {
                logOdds += learned.averageWeights().getOrDefault(fact.group(), 0.0);
            }
            double average = learned.scaled(logOdds);
            steps.add(new Step("the average open deal", fraction(base), fraction(average), history + "; a deal "
                    + "open at a weekly snapshot, with the average of every fact of the deals that closed, is given "
                    + percent(average) + " (a won deal, open longer, is open at more snapshots)."));
            List<Fact> ordered = facts.stream().sorted(Comparator.comparingDouble((Fact fact) ->
                    -Math.abs(shift(learned, fact))).thenComparing(Fact::label)).toList();
            double before = average;
            for (Fact fact : ordered) {
                logOdds += shift(learned, fact);
                double after = learned.scaled(logOdds);
                steps.add(new Step(fact.label(), fraction(before), fraction(after), sentence(learned, fact,
                        before, after)));
                before = after;
            }
        } else if (predictor instanceof Predictor.GroupShare share) {
            String group = share.group().of(snapshot);
            Predictor.Count count = share.counts().getOrDefault(group, new Predictor.Count(0, 0));
            double after = share.probability(snapshot);
            String label = share.group().words + ": " + group;
            steps.add(new Step(label, fraction(base), fraction(after), history + "; " + label + ": " + count.won()
                    + " won of " + count.of() + (share.group() == Predictor.Group.DAYS_IN_STAGE ? " snapshots"
                    : " deals") + ", shrunk toward the base rate as if " + share.shrinkage() + " more were at it: "
                    + percent(after) + "."));
        } else if (predictor instanceof Predictor.ProcessProbability process) {
            double after = process.probability(snapshot);
            String fact = process.which() == Predictor.ProcessProbability.Which.STAGE_DEFAULT
                    ? "the default probability of stage " + snapshot.stage() : "the probability the deal carries";
            steps.add(new Step(fact, fraction(base), fraction(after), history + "; the training's folds found "
                    + fact + " the best guide: " + percent(after) + "."));
        } else {
            steps.add(new Step("the base rate", fraction(base), fraction(base), history + "; the training's folds "
                    + "found no fact of a deal that foretells its outcome better, so every deal is given that."));
        }
        return steps;
    }

    private static double shift(LearnedPredictor learned, Fact fact) {
        return learned.weights().getOrDefault(fact.label(), 0.0)
                - learned.averageWeights().getOrDefault(fact.group(), 0.0);
    }

    private static String sentence(LearnedPredictor learned, Fact fact, double before, double after) {
        if (!learned.weights().containsKey(fact.label())) {
            return "No training snapshot had " + fact.label() + ": it leaves the chance at " + percent(after) + ".";
        }
        String direction = after > before ? "raises" : after < before ? "lowers" : "leaves";
        return fact.label().substring(0, 1).toUpperCase(Locale.ENGLISH) + fact.label().substring(1) + " " + direction
                + " it " + (direction.equals("leaves") ? "at " : "from " + percent(before) + " to ") + percent(after)
                + ".";
    }

    /** A fraction in whole percent; below 1 %, in tenths, so that a small chance does not read as none. */
    static String percent(double fraction) {
        return String.format(Locale.ENGLISH, fraction < 0.01 ? "%.1f %%" : "%.0f %%", fraction * 100);
    }

    private static BigDecimal fraction(double value) {
        return Reliability.fraction(value);
    }
}
