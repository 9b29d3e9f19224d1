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
 * and the outcome, 1 for a win and 0 otherwise: 0 is perfect, 0.25 is what always saying 50 % scores), the log loss
 * (the mean of -ln of the probability given to what happened, each probability held within [0.001, 0.999] so that a
 * 0 % deal that was won costs ln 1000, not infinity: 0.693 is what always saying 50 % scores) and the reliability
 * table, which sets the mean probability of the predictions in each band of ten points beside the share of them
 * that were won, with that share's 95 % interval. Every prediction weighs the same. Fractions from 0 to 1, with four
 * decimals.
 *
 * @param withinFivePoints the share of the predictions that lie in a band whose share won is within five points of
 *                         its mean probability: how much of what was said came true as said
 */
record Reliability(long predictions, long deals, @Nullable BigDecimal brier, @Nullable BigDecimal logLoss,
                   @Nullable BigDecimal withinFivePoints, List<Band> bands) {

    /** Probabilities are held this far from 0 and 1 in the log loss. */
    static final double LOG_LOSS_FLOOR = 0.001;
    /** The normal quantile of a two-sided 95 % interval. */
    private static final double Z = 1.959964;

    /** A probability given for a deal at one point, and whether the deal was won in the end. */
    record Prediction(String opportunityId, double probability, boolean won) {
    }

    /**
     * The predictions whose probability lies in {@code [from, to)} (the last band includes 1).
     *
     * @param wonShareLow  the lower end of the Wilson 95 % interval of the share won
     * @param wonShareHigh its upper end
     */
    record Band(BigDecimal from, BigDecimal to, long predictions, long deals, @Nullable BigDecimal meanProbability,
                @Nullable BigDecimal wonShare, @Nullable BigDecimal wonShareLow, @Nullable BigDecimal wonShareHigh) {
    }

    static Reliability of(List<Prediction> predictions) {
        List<List<Prediction>> byBand = new ArrayList<>();
        for (int band = 0; band < 10; band++) {
            byBand.add(new ArrayList<>());
        }
        double squares = 0;
        double logLoss = 0;
        Set<String> deals = new HashSet<>();
        for (Prediction prediction : predictions) {
            double outcome = prediction.won() ? 1 : 0;
            squares += (prediction.probability() - outcome) * (prediction.probability() - outcome);
            double held = Math.min(1 - LOG_LOSS_FLOOR, Math.max(LOG_LOSS_FLOOR, prediction.probability()));
            logLoss -= Math.log(prediction.won() ? held : 1 - held);
            byBand.get(Math.min(9, (int) Math.floor(prediction.probability() * 10))).add(prediction);
            deals.add(prediction.opportunityId());
        }
        List<Band> bands = new ArrayList<>();
        long within = 0;
        for (int band = 0; band < 10; band++) {
            List<Prediction> in = byBand.get(band);
            if (in.isEmpty()) {
                bands.add(new Band(BigDecimal.valueOf(band, 1), BigDecimal.valueOf(band + 1L, 1), 0, 0, null, null,
                        null, null));
                continue;
            }
            double mean = in.stream().mapToDouble(Prediction::probability).average().orElseThrow();
            long won = in.stream().filter(Prediction::won).count();
            double share = (double) won / in.size();
            if (Math.abs(fraction(mean).subtract(fraction(share)).doubleValue()) <= 0.05) {
                within += in.size();
            }
            double[] interval = wilson(won, in.size());
            bands.add(new Band(BigDecimal.valueOf(band, 1), BigDecimal.valueOf(band + 1L, 1), in.size(),
                    in.stream().map(Prediction::opportunityId).distinct().count(), fraction(mean), fraction(share),
                    fraction(interval[0]), fraction(interval[1])));
        }
        boolean none = predictions.isEmpty();
        return new Reliability(predictions.size(), deals.size(), none ? null : fraction(squares / predictions.size()),
                none ? null : fraction(logLoss / predictions.size()),
                none ? null : fraction((double) within / predictions.size()), bands);
    }

    /** The Wilson score interval at 95 % of a share of {@code successes} in {@code trials}. */
    static double[] wilson(long successes, long trials) {
        double share = (double) successes / trials;
        double z2 = Z * Z;
        double centre = (share + z2 / (2.0 * trials)) / (1 + z2 / trials);
        double half = Z * Math.sqrt(share * (1 - share) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    static BigDecimal fraction(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}
