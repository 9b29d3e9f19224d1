package io.opportunities.query.learning;

import io.opportunities.query.learning.Snapshots.Snapshot;

import java.time.LocalDate;
import java.util.function.Function;

/** A way of giving a deal's chance of winning at a snapshot, from 0 to 1, fitted on what was known on a day. */
interface Predictor {

    double probability(Snapshot snapshot);

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
