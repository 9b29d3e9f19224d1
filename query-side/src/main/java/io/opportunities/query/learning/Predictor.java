package io.opportunities.query.learning;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.opportunities.query.learning.Snapshots.Snapshot;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * A way of giving a deal's chance of winning at a snapshot, from 0 to 1, fitted on what was known on a day. A fitted
 * predictor is data, not code: its parameters are all it holds, so that it can be stored with the model it serves
 * and read back to explain a past answer.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = Predictor.Constant.class, name = "constant"),
        @JsonSubTypes.Type(value = Predictor.GroupShare.class, name = "groupShare"),
        @JsonSubTypes.Type(value = Predictor.ProcessProbability.class, name = "process"),
        @JsonSubTypes.Type(value = LearnedPredictor.class, name = "logistic")})
sealed interface Predictor permits Predictor.Constant, Predictor.GroupShare, Predictor.ProcessProbability,
        LearnedPredictor {

    double probability(Snapshot snapshot);

    /** The same probability for every deal. */
    record Constant(double probability) implements Predictor {

        @Override
        public double probability(Snapshot snapshot) {
            return probability;
        }
    }

    /** What a group of deals is told apart by. */
    enum Group {
        DAYS_IN_STAGE("days in stage"), OWNER("owner"), PRODUCT("product");

        /** The group in words, as an explanation names it. */
        final String words;

        Group(String words) {
            this.words = words;
        }

        String of(Snapshot snapshot) {
            return switch (this) {
                case DAYS_IN_STAGE -> Predictors.AGE.of(snapshot.daysInStage()).label();
                case OWNER -> String.valueOf(snapshot.owner());
                case PRODUCT -> String.valueOf(snapshot.product());
            };
        }
    }

    /** How many of a group were won, of how many. */
    record Count(long won, long of) {
    }

    /**
     * The share won of the deal's group, shrunk toward the base rate: (won + k × base) / (of + k).
     *
     * @param shrinkage k, as many pseudo-deals at the base rate as are added to every group
     */
    record GroupShare(Group group, Map<String, Count> counts, double baseRate, int shrinkage) implements Predictor {

        @Override
        public double probability(Snapshot snapshot) {
            Count count = counts.getOrDefault(group.of(snapshot), new Count(0, 0));
            return (count.won() + shrinkage * baseRate) / (count.of() + shrinkage);
        }
    }

    /** One of the probabilities the process gives a deal: its stage's default, or the one it carries. */
    record ProcessProbability(Which which) implements Predictor {

        enum Which { STAGE_DEFAULT, STATED }

        @Override
        public double probability(Snapshot snapshot) {
            return (which == Which.STAGE_DEFAULT ? snapshot.stageProbability() : snapshot.statedProbability()) / 100.0;
        }
    }

    /**
     * A way of predicting, by name, and how it is fitted on the start of a day from what was known then.
     *
     * @param description what it says, in words
     */
    record Method(String name, String description, Fitter fitter) {

        Predictor fit(LocalDate cutoff, Function<LocalDate, TrainingSet> trainingAt) {
            return fitter.fit(cutoff, trainingAt);
        }
    }

    /** Fits a predictor on what was known on the start of {@code cutoff}: {@code trainingAt} gives it, for any day. */
    @FunctionalInterface
    interface Fitter {
        Predictor fit(LocalDate cutoff, Function<LocalDate, TrainingSet> trainingAt);
    }
}
