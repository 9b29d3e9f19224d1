package io.opportunities.query.learning;

import io.opportunities.query.learning.Snapshots.Snapshot;
import io.opportunities.query.learning.WinModelStore.Stored;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An open deal's learned chance of winning as of a day, explained from the base rate one fact at a time, beside the
 * probability the deal carries and its stage's default. Fractions from 0 to 1.
 *
 * @param knownAt          null: as the system knows it now
 * @param trainingWinShare the base rate: the share of the training deals that were won, each deal once, what a model
 *                         that knew nothing about the deal would say
 * @param method           the way of predicting the training's folds chose (a learned model, or the baseline it fell
 *                         back to)
 * @param stale            whether the deal has been open longer than any deal that closed before the model's cutoff
 * @param explanation      from the base rate to the learned chance, one fact at a time
 * @param unseenFacts      the deal's facts that no training snapshot had: the model has no weight for them, so
 *                         {@code learned} holds nothing of them, and {@code note} says so
 */
record WinProbability(String opportunityId, LocalDate asOf, @Nullable Instant knownAt, BigDecimal learned,
                      BigDecimal stated, BigDecimal stageDefault, BigDecimal trainingWinShare, String method,
                      boolean stale, List<Explanation.Step> explanation, List<String> unseenFacts,
                      ModelSummary trainedOn, @Nullable String note) {

    /**
     * The model an answer came from.
     *
     * @param version  the stored model's version, null for a model fitted for a past day (asOf), not stored
     * @param cutoff   trained on what was known before this day: the deals closed before it and their snapshots
     * @param deals    the deals closed before the cutoff, each once
     * @param points   the weekly snapshots it was trained on
     */
    @Schema(name = "WinModelSummary")
    record ModelSummary(@Nullable Long version, @Nullable Instant fittedAt, LocalDate cutoff, LocalDate trainedFrom,
                        long deals, long won, long points, String method) {

        static ModelSummary of(LearnedModel model, @Nullable Stored stored) {
            return new ModelSummary(stored == null ? null : stored.version(),
                    stored == null ? null : stored.fittedAt(), model.cutoff(), model.trainedFrom(), model.deals(),
                    model.won(), model.points(), model.method());
        }
    }

    static WinProbability of(Snapshot snapshot, @Nullable Instant knownAt, LearnedModel model,
                             @Nullable Stored stored) {
        List<String> unseen = model.unseen(snapshot);
        boolean stale = model.stale(snapshot);
        List<String> notes = new ArrayList<>();
        if (stale) {
            notes.add("Open " + snapshot.daysOpen() + " days, longer than any of the " + model.deals() + " deals "
                    + "that closed before " + model.cutoff() + " (the longest: " + model.longestCycle() + " days): "
                    + "none that old ever closed, won or lost.");
        }
        if (!unseen.isEmpty()) {
            notes.add("No training snapshot had " + String.join("; ", unseen) + ", so the learned chance holds "
                    + "nothing of " + (unseen.size() == 1 ? "it." : "them."));
        }
        return new WinProbability(snapshot.opportunityId(), snapshot.day(), knownAt,
                Reliability.fraction(model.probability(snapshot)),
                Reliability.fraction(snapshot.statedProbability() / 100.0),
                Reliability.fraction(snapshot.stageProbability() / 100.0), Reliability.fraction(model.baseRate()),
                model.method(), stale, Explanation.of(model, snapshot), unseen, ModelSummary.of(model, stored),
                notes.isEmpty() ? null : String.join(" ", notes));
    }
}
