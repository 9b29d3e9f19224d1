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
 * outcome, and per stage how often a deal that reached it moved back out of it. Rates are fractions from 0 to 1.
 */
record ProcessView(LocalDate closedFrom, LocalDate closedTo, long deals, List<PathCount> paths,
                   List<StageRegressions> regressions) {

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

    static ProcessView of(LocalDate from, LocalDate to, List<StagePath> paths, SalesProcess process, int top) {
        Map<List<String>, long[]> byPath = new LinkedHashMap<>();
        Map<String, long[]> byStage = new LinkedHashMap<>();
        process.stages().forEach(stage -> byStage.put(stage.code(), new long[3]));
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
                long[] tally = byStage.computeIfAbsent(stay.stage(), code -> new long[3]);
                if (reached.add(stay.stage())) {
                    tally[0]++;
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
        return new ProcessView(from, to, deals, common, regressions);
    }
}
