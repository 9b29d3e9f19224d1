package io.opportunities.query.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * When the learned win probability's model is fitted again, under {@code sales.learning}.
 *
 * @param refitCron         a cron expression, in the business time zone: the schedule of refits (by default each
 *                          night at 02:30)
 * @param refitAfterClosed  a refit also follows as soon as this many deals have closed since the model was fitted
 * @param checkEvery        how often the closed deals are counted for that
 * @param pastModels        how many models fitted for past days (asOf) are kept in memory
 * @param trainingDays      the served model learns from the weekly snapshots of this many days before its cutoff
 */
@ConfigurationProperties("sales.learning")
public record LearningSettings(String refitCron, Integer refitAfterClosed, Duration checkEvery, Integer pastModels,
                               Integer trainingDays) {

    public LearningSettings {
        refitCron = refitCron == null || refitCron.isBlank() ? "0 30 2 * * *" : refitCron;
        refitAfterClosed = refitAfterClosed == null ? 25 : refitAfterClosed;
        checkEvery = checkEvery == null ? Duration.ofMinutes(1) : checkEvery;
        pastModels = pastModels == null ? 16 : pastModels;
        trainingDays = trainingDays == null ? 730 : trainingDays;
        if (refitAfterClosed < 1 || pastModels < 1 || trainingDays < 28 || checkEvery.isNegative()
                || checkEvery.isZero()) {
            throw new IllegalArgumentException("sales.learning: refit-after-closed and past-models must be at least 1, "
                    + "training-days at least 28, check-every above zero");
        }
    }
}
