package io.opportunities.query.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An open deal's chance of winning as the model learnt from history gives it today, with the factors that weigh
 * most in it, beside the probability the deal carries and its stage's default. Fractions from 0 to 1.
 *
 * @param learned          null when history holds nothing to learn from (see {@code note})
 * @param trainingWinShare the share of the training points whose deal was won: what a model that knew nothing
 *                         about the deal would say
 */
record WinProbability(String opportunityId, LocalDate asOf, BigDecimal learned, BigDecimal stated,
                      BigDecimal stageDefault, BigDecimal trainingWinShare, List<WinModel.Factor> factors,
                      BigDecimal intercept, Training trainedOn, String note) {

    /** What the model was trained on: the points of life of the deals closed between the two days. */
    record Training(LocalDate closedFrom, LocalDate closedTo, long deals, long points) {
    }
}
