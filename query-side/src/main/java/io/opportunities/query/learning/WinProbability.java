package io.opportunities.query.learning;

import io.opportunities.query.winloss.AnalysisSettings;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An open deal's chance of winning as the model learnt from history gives it today, with the factors that weigh
 * most in it, beside the probability the deal carries and its stage's default. Fractions from 0 to 1.
 *
 * @param learned          null when history holds nothing to learn from (see {@code note})
 * @param unseenFacts      the deal's facts that no training point had (a deal open longer than any deal that
 *                         closed, a new owner): the model has no weight for them, so {@code learned} holds nothing
 *                         of them, and {@code note} says so
 * @param trainingWinShare the share of the training deals that were won, each deal once: the base rate, what a
 *                         model that knew nothing about the deal would say
 */
record WinProbability(String opportunityId, LocalDate asOf, @Nullable BigDecimal learned, BigDecimal stated,
                      BigDecimal stageDefault, @Nullable BigDecimal trainingWinShare, List<WinModel.Factor> factors,
                      @Nullable BigDecimal intercept, Training trainedOn, List<String> unseenFacts,
                      @Nullable String note) {

    /** What the model was trained on: the points of life of the deals closed between the two days. */
    record Training(LocalDate closedFrom, LocalDate closedTo, long deals, long points) {
    }

    /**
     * The deal's chance at {@code now}, from a model trained on {@code examples}, with its top factors.
     *
     * @param wonDeals how many of the training's deals were won
     */
    static WinProbability of(LifePoints.LifePoint now, List<String> facts, List<WinModel.Example> examples,
                             Training training, long wonDeals, AnalysisSettings settings) {
        BigDecimal stated = Reliability.fraction(now.statedProbability() / 100.0);
        BigDecimal stageDefault = Reliability.fraction(now.stageProbability() / 100.0);
        BigDecimal share = training.deals() == 0 ? null : Reliability.fraction((double) wonDeals / training.deals());
        return WinModel.train(examples, settings.regularisation())
                .map(model -> {
                    List<String> unseen = model.unseen(facts);
                    return new WinProbability(now.opportunityId(), now.day(),
                            Reliability.fraction(model.probability(facts)), stated, stageDefault, share,
                            model.factors(facts, settings.topFactors()), model.intercept(), training, unseen,
                            unseen.isEmpty() ? null : "No deal closed between " + training.closedFrom() + " and "
                                    + training.closedTo() + " had " + String.join("; ", unseen) + " at a point of "
                                    + "its life, so the learned chance holds nothing of "
                                    + (unseen.size() == 1 ? "it." : "them."));
                })
                .orElseGet(() -> new WinProbability(now.opportunityId(), now.day(), null, stated, stageDefault, share,
                        List.of(), null, training, List.of(), "The deals closed between " + training.closedFrom()
                        + " and " + training.closedTo() + " do not hold both wins and others to learn from."));
    }
}
