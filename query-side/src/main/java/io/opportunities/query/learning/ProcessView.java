package io.opportunities.query.learning;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.query.funnel.Conversion;
import io.opportunities.query.timeline.StagePath;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the closed deals actually went through the process: the most common paths, from the first stage to the
 * outcome, and per stage how often a deal that reached it moved back out of it; and the process's own probabilities
 * held against history: per stage, the probability configured beside the share of the deals that reached it that
 * were won, and a suggested ladder. Rates are fractions from 0 to 1.
 *
 * @param suggestedConfiguration the suggested ladder as the properties an administrator sets to adopt it, for the
 *                               stages whose configured probability lies outside the interval history gives
 */
record ProcessView(LocalDate closedFrom, LocalDate closedTo, long deals, List<PathCount> paths,
                   List<StageRegressions> regressions, List<StageProbability> probabilities,
                   List<String> suggestedConfiguration) {

    /**
     * @param path    the stages in the order they were stayed in, then the outcome (WON, LOST or WITHDRAWN)
     * @param share   of the deals closed in the range
     * @param winRate won / (won + lost) of the deals that took this path
     */
    record PathCount(List<String> path, long deals, BigDecimal share, long won, BigDecimal winRate) {
    }

    /**
     * @param reached        deals that were in the stage at least once
     * @param movesBack      moves back out of the stage, each counted
     * @param dealsMovedBack deals that moved back out of it at least once
     * @param regressionRate dealsMovedBack / reached
     */
    record StageRegressions(String stage, String name, long reached, long movesBack, long dealsMovedBack,
                            @Nullable BigDecimal regressionRate) {
    }

    /**
     * A stage's probability against history.
     *
     * @param configured the probability the process gives the stage, in percent
     * @param reached    deals closed in the range that were in the stage at least once
     * @param wonShare   won / reached; null when none reached it
     * @param wonShareLow  the lower end of its Wilson 95 % interval
     * @param wonShareHigh its upper end
     * @param suggested  the probability history suggests, in percent: the won shares made to rise along the process
     *                   (a later stage is never less likely to be won than an earlier one), null when no deal
     *                   reached the stage or any after it
     * @param verdict    the comparison in a sentence
     */
    record StageProbability(String stage, String name, int configured, long reached, long won,
                            @Nullable BigDecimal wonShare, @Nullable BigDecimal wonShareLow,
                            @Nullable BigDecimal wonShareHigh, @Nullable Integer suggested, String verdict) {
    }

    static ProcessView of(LocalDate from, LocalDate to, List<StagePath> paths, SalesProcess process, int top) {
        Map<List<String>, long[]> byPath = new LinkedHashMap<>();
        Map<String, long[]> byStage = new LinkedHashMap<>();
        process.stages().forEach(stage -> byStage.put(stage.code(), new long[4]));
        long deals = 0;
        for (StagePath path : paths) {
            if (path.outcome() == null) {
                continue; // reopened since its close in the range
            }
            deals++;
            List<String> stages = new ArrayList<>();
            Set<String> reached = new HashSet<>();
            Set<String> movedBack = new HashSet<>();
            for (StagePath.Stay stay : path.stays()) {
                stages.add(stay.stage());
                long[] tally = byStage.computeIfAbsent(stay.stage(), code -> new long[4]);
                if (reached.add(stay.stage())) {
                    tally[0]++;
                    if (path.outcome() == OpportunityStatus.WON) {
                        tally[3]++;
                    }
                }
                if (stay.exit() == StagePath.Exit.MOVED_BACK) {
                    tally[1]++;
                    if (movedBack.add(stay.stage())) {
                        tally[2]++;
                    }
                }
            }
            stages.add(path.outcome().name());
            long[] count = byPath.computeIfAbsent(stages, key -> new long[3]);
            count[0]++;
            if (path.outcome() == OpportunityStatus.WON) {
                count[1]++;
            } else if (path.outcome() == OpportunityStatus.LOST) {
                count[2]++;
            }
        }
        long all = deals;
        List<PathCount> common = byPath.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<List<String>, long[]> entry) -> -entry.getValue()[0])
                        .thenComparing(entry -> String.join(">", entry.getKey())))
                .limit(top)
                .map(entry -> new PathCount(List.copyOf(entry.getKey()), entry.getValue()[0],
                        Conversion.rate(entry.getValue()[0], all), entry.getValue()[1],
                        Conversion.rate(entry.getValue()[1], entry.getValue()[1] + entry.getValue()[2])))
                .toList();
        List<StageRegressions> regressions = byStage.entrySet().stream()
                .map(entry -> new StageRegressions(entry.getKey(),
                        process.stage(entry.getKey()).map(Stage::name).orElse(entry.getKey()), entry.getValue()[0],
                        entry.getValue()[1], entry.getValue()[2],
                        Conversion.rate(entry.getValue()[2], entry.getValue()[0])))
                .toList();
        List<StageProbability> probabilities = new ArrayList<>();
        List<String> configuration = new ArrayList<>();
        probabilities(process, byStage, probabilities, configuration);
        return new ProcessView(from, to, deals, common, regressions, probabilities, configuration);
    }

    /**
     * The process's stages, in its order, each with its configured probability against history, into
     * {@code probabilities}; the properties that adopt the suggested ladder where the configured one lies outside
     * the interval, into {@code configuration}.
     */
    private static void probabilities(SalesProcess process, Map<String, long[]> byStage,
                                      List<StageProbability> probabilities, List<String> configuration) {
        List<Stage> stages = process.stages();
        double[] shares = new double[stages.size()];
        double[] weights = new double[stages.size()];
        for (int index = 0; index < stages.size(); index++) {
            long[] tally = byStage.get(stages.get(index).code());
            weights[index] = tally[0];
            shares[index] = tally[0] == 0 ? 0 : (double) tally[3] / tally[0];
        }
        double[] rising = pooledAdjacentViolators(shares, weights);
        for (int index = 0; index < stages.size(); index++) {
            Stage stage = stages.get(index);
            long[] tally = byStage.get(stage.code());
            if (tally[0] == 0) {
                probabilities.add(new StageProbability(stage.code(), stage.name(), stage.probability(), 0, 0, null,
                        null, null, Double.isNaN(rising[index]) ? null : (int) Math.round(rising[index] * 100),
                        "Your process says " + stage.probability() + " %; no deal closed in the range reached it."));
                continue;
            }
            double share = (double) tally[3] / tally[0];
            double[] interval = Reliability.wilson(tally[3], tally[0]);
            double configured = stage.probability() / 100.0;
            String says = "Your process says " + stage.probability() + " %; your history says "
                    + Explanation.percent(share) + " (" + Explanation.percent(interval[0]) + " to "
                    + Explanation.percent(interval[1]) + ": " + tally[3] + " won of the " + tally[0]
                    + " deals that reached it)";
            int suggested = (int) Math.round(rising[index] * 100);
            boolean tooLow = configured < interval[0];
            boolean tooHigh = configured > interval[1];
            says += tooLow ? ": too low by " + Math.round((share - configured) * 100) + " points."
                    : tooHigh ? ": too high by " + Math.round((configured - share) * 100) + " points." : ": it holds.";
            if (tooLow || tooHigh) {
                configuration.add("sales.process.stages[" + index + "].probability=" + suggested);
            }
            probabilities.add(new StageProbability(stage.code(), stage.name(), stage.probability(), tally[0],
                    tally[3], Reliability.fraction(share), Reliability.fraction(interval[0]),
                    Reliability.fraction(interval[1]), suggested, says));
        }
    }

    /**
     * The weighted least-squares fit to the shares that never falls along the process (pool adjacent violators);
     * a stage without weight takes the value of the next stage that has one, NaN when none after it has.
     */
    static double[] pooledAdjacentViolators(double[] values, double[] weights) {
        int n = values.length;
        double[] level = new double[n];
        double[] weight = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] == 0) {
                continue;
            }
            level[blocks] = values[i];
            weight[blocks] = weights[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && level[blocks - 2] > level[blocks - 1]) {
                double pooled = weight[blocks - 2] + weight[blocks - 1];
                level[blocks - 2] = (level[blocks - 2] * weight[blocks - 2] + level[blocks - 1] * weight[blocks - 1])
                        / pooled;
                weight[blocks - 2] = pooled;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        int block = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] == 0) {
                fitted[i] = Double.NaN;
                continue;
            }
            fitted[i] = level[block];
            if (++used == size[block]) {
                block++;
                used = 0;
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            if (Double.isNaN(fitted[i])) {
                fitted[i] = fitted[i + 1];
            }
        }
        return fitted;
    }
}
