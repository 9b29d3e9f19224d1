package io.opportunities.query.learning;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well probabilities foretold outcomes: the Brier score (the mean squared difference between the probability
 * and the outcome, 1 for a win and 0 otherwise: 0 is perfect, 0.25 is what always saying 50 % scores) and the
 * reliability table, which sets the mean probability of the predictions in each band of ten points beside the
 * share of them that were won. Fractions from 0 to 1, with four decimals.
 */
record Reliability(long predictions, long deals, @Nullable BigDecimal brier, List<Band> bands) {

    /** A probability given for a deal at one point, and whether the deal was won in the end. */
    record Prediction(String opportunityId, double probability, boolean won) {
    }

    /** The predictions whose probability lies in {@code [from, to)} (the last band includes 1). */
    record Band(BigDecimal from, BigDecimal to, long predictions, long deals, @Nullable BigDecimal meanProbability,
                @Nullable BigDecimal wonShare) {
    }

    static Reliability of(List<Prediction> predictions) {
        List<List<Prediction>> byBand = new ArrayList<>();
        for (int band = 0; band < 10; band++) {
            byBand.add(new ArrayList<>());
        }
        double squares = 0;
        Set<String> deals = new HashSet<>();
        for (Prediction prediction : predictions) {
            double outcome = prediction.won() ? 1 : 0;
            squares += (prediction.probability() - outcome) * (prediction.probability() - outcome);
            byBand.get(Math.min(9, (int) Math.floor(prediction.probability() * 10))).add(prediction);
            deals.add(prediction.opportunityId());
        }
        List<Band> bands = new ArrayList<>();
        for (int band = 0; band < 10; band++) {
            List<Prediction> in = byBand.get(band);
            bands.add(new Band(BigDecimal.valueOf(band, 1), BigDecimal.valueOf(band + 1L, 1), in.size(),
                    in.stream().map(Prediction::opportunityId).distinct().count(),
                    in.isEmpty() ? null : fraction(in.stream().mapToDouble(Prediction::probability).average()
                            .orElseThrow()),
                    in.isEmpty() ? null : fraction((double) in.stream().filter(Prediction::won).count() / in.size())));
        }
        return new Reliability(predictions.size(), deals.size(),
                predictions.isEmpty() ? null : fraction(squares / predictions.size()), bands);
    }

    static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}
