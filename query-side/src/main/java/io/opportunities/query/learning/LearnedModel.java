package io.opportunities.query.learning;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.learning.Predictor.Method;
import io.opportunities.query.learning.Snapshots.Snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The learned probability as it is served: the way of predicting that the training's own folds chose, fitted once on
 * what was known at the start of {@code cutoff}, with what it was trained on and how it was chosen.
 *
 * @param cutoff       trained on what was known before this day: the deals closed before it, and their snapshots
 * @param trainedFrom  the first snapshot day
 * @param deals        the deals closed before the cutoff, each once
 * @param baseRate     their win share
 * @param points       the labelled snapshots
 * @param stalePoints  of which snapshots of deals open then and longer than any deal that had closed, taught as not
 *                     won
 * @param longestCycle the most days a deal closed before the cutoff was open
 * @param method       the name of the way of predicting chosen
 */
record LearnedModel(LocalDate cutoff, LocalDate trainedFrom, long deals, long won, double baseRate, long points,
                    long stalePoints, long longestCycle, String method, String description, ModelChoice choice,
                    Predictor predictor) {

    /** Chooses the way of predicting on the folds before {@code cutoff} and fits it on what was known then. */
    static LearnedModel fit(LocalDate cutoff, LocalDate trainedFrom, Function<LocalDate, TrainingSet> trainingAt,
                            double regularisation) {
        List<Method> candidates = Predictors.candidates(regularisation);
        ModelChoice choice = ModelChoice.choose(cutoff, candidates, trainingAt);
        Method chosen = candidates.stream().filter(method -> method.name().equals(choice.chosen())).findFirst()
                .orElseThrow();
        TrainingSet training = trainingAt.apply(cutoff);
        return new LearnedModel(cutoff, trainedFrom, training.closed().size(), training.won(), training.baseRate(),
                training.points().size(), training.stalePoints(), training.longestCycle(), chosen.name(),
                chosen.description(), choice, chosen.fit(cutoff, trainingAt));
    }

    /**
     * The model that what was known by the end of {@code knownBy} teaches: trained on the deals closed in the
     * {@code trainingDays} up to the day of the latest close known then, and their snapshots (after it, nothing more
     * was learnt: a deal open since then only ages); empty when no deal had closed.
     */
    static Optional<LearnedModel> fitOn(List<DealHistory> deals, LocalDate knownBy, SalesProcess process,
                                        double regularisation, int trainingDays) {
        LocalDate lastClose = deals.stream().map(deal -> deal.outcomeBy(knownBy)).flatMap(Optional::stream)
                .map(DealHistory.Outcome::closedOn).max(LocalDate::compareTo).orElse(null);
        LocalDate first = deals.stream().map(DealHistory::openedOn).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        if (lastClose == null || first == null) {
            return Optional.empty();
        }
        LocalDate cutoff = lastClose.plusDays(1);
        if (first.isBefore(cutoff.minusDays(trainingDays))) {
            first = cutoff.minusDays(trainingDays);
        }
        List<Snapshot> snapshots = new Snapshots(process).of(deals, Snapshots.days(cutoff, first, cutoff), lastClose)
                .stream().map(Snapshots.Point::snapshot).toList();
        return Optional.of(fit(cutoff, first, TrainingSet.memoised(deals, snapshots, first), regularisation));
    }

    /** The learned probability of the deal as it stands in the snapshot. */
    double probability(Snapshot snapshot) {
        return predictor.probability(snapshot);
    }

    /** The facts of the deal that no training snapshot had, when the learned model reads facts. */
    List<String> unseen(Snapshot snapshot) {
        return predictor instanceof LearnedPredictor learned ? learned.unseen(snapshot) : List.of();
    }

    /** Whether the deal has outlived every deal that closed before the cutoff. */
    boolean stale(Snapshot snapshot) {
        return snapshot.outlived(longestCycle);
    }
}
