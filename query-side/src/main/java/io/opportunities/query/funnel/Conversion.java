package io.opportunities.query.funnel;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.query.timeline.StagePath;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the deals closed in a date range went through the sales process, from the stage moves that actually
 * happened: per stage how many reached it, moved on, slipped back or closed in it, the win rate of the deals that
 * reached it, the time spent in it; every transition with its count; and the length of the sales cycle. Rates are
 * fractions from 0 to 1, times in days.
 */
public record Conversion(LocalDate closedFrom, LocalDate closedTo, Outcomes outcomes, List<StageConversion> stages,
                  List<Transition> transitions, Days cycle, Days wonCycle) {

    /**
     * @param winRate                  won / deals
     * @param winRateExcludingWithdrawn won / (won + lost): withdrawn and no-decision deals are not losses
     */
    record Outcomes(long deals, long won, long lost, long withdrawn, @Nullable BigDecimal winRate,
                    @Nullable BigDecimal winRateExcludingWithdrawn) {
    }

    /**
     * @param reached        deals that were in the stage at least once
     * @param advanced       deals that moved forwards out of it at least once
     * @param movedBack      moves back out of it (regressions), each counted
     * @param won            deals won in it (likewise lost, withdrawn)
     * @param conversionRate advanced / reached
     * @param winRate        of the deals that reached it, the share won in the end
     * @param timeInStage    every stay in the stage
     */
    record StageConversion(String stage, String name, long reached, long advanced, long movedBack, long won, long lost,
                           long withdrawn, @Nullable BigDecimal conversionRate, @Nullable BigDecimal winRate,
                           Days timeInStage) {
    }

    /** @param to the stage moved to, or the outcome (WON, LOST, WITHDRAWN) */
    record Transition(String from, String to, String kind, long count) {
    }

    record Days(long count, @Nullable BigDecimal median, @Nullable BigDecimal mean) {
    }

    static Conversion of(SalesProcess process, LocalDate from, LocalDate to, List<StagePath> paths) {
        Set<String> stageOrder = new LinkedHashSet<>();
        process.stages().forEach(stage -> stageOrder.add(stage.code()));
        Map<List<String>, Long> transitions = new LinkedHashMap<>();
        List<Long> cycle = new ArrayList<>();
        List<Long> wonCycle = new ArrayList<>();
        long won = 0;
        long lost = 0;
        long withdrawn = 0;
        Map<String, StageTally> tallies = new LinkedHashMap<>();
        for (StagePath path : paths) {
            if (path.outcome() == null) {
                continue; // closed by the read model but reopened since: not in the range after all
            }
            long days = ChronoUnit.DAYS.between(path.openedOn(), path.closedOn());
            cycle.add(days);
            switch (path.outcome()) {
                case WON -> {
                    won++;
                    wonCycle.add(days);
                }
                case LOST -> lost++;
                case WITHDRAWN -> withdrawn++;
                default -> throw new IllegalStateException("not an outcome: " + path.outcome());
            }
            Set<String> reached = new HashSet<>();
            Set<String> advanced = new HashSet<>();
            for (StagePath.Stay stay : path.stays()) {
                stageOrder.add(stay.stage());
                StageTally tally = tallies.computeIfAbsent(stay.stage(), code -> new StageTally());
                tally.days.add(stay.days());
                if (reached.add(stay.stage())) {
                    tally.reached++;
                    if (path.outcome() == OpportunityStatus.WON) {
                        tally.reachedAndWon++;
                    }
                }
                switch (stay.exit()) {
                    case ADVANCED -> {
                        if (advanced.add(stay.stage())) {
                            tally.advanced++;
                        }
                    }
                    case MOVED_BACK -> tally.movedBack++;
                    case WON -> tally.won++;
                    case LOST -> tally.lost++;
                    case WITHDRAWN -> tally.withdrawn++;
                }
                String target = stay.nextStage() != null ? stay.nextStage() : stay.exit().name();
                transitions.merge(List.of(stay.stage(), target, stay.exit().name()), 1L, Long::sum);
            }
        }
        List<StageConversion> stages = new ArrayList<>();
        for (String code : stageOrder) {
            StageTally tally = tallies.getOrDefault(code, new StageTally());
            String name = process.stage(code).map(Stage::name).orElse(code);
            stages.add(new StageConversion(code, name, tally.reached, tally.advanced, tally.movedBack, tally.won,
                    tally.lost, tally.withdrawn, rate(tally.advanced, tally.reached),
                    rate(tally.reachedAndWon, tally.reached), days(tally.days)));
        }
        List<Transition> transitionList = transitions.entrySet().stream()
                .map(entry -> new Transition(entry.getKey().get(0), entry.getKey().get(1), entry.getKey().get(2),
                        entry.getValue()))
                .sorted(Comparator.comparing((Transition transition) -> position(stageOrder, transition.from()))
                        .thenComparing(Transition::kind)
                        .thenComparing(transition -> position(stageOrder, transition.to())))
                .toList();
        long deals = won + lost + withdrawn;
        return new Conversion(from, to, new Outcomes(deals, won, lost, withdrawn, rate(won, deals),
                rate(won, won + lost)), stages, transitionList, days(cycle), days(wonCycle));
    }

    private static final class StageTally {
        long reached;
        long reachedAndWon;
        long advanced;
        long movedBack;
        long won;
        long lost;
        long withdrawn;
        final List<Long> days = new ArrayList<>();
    }

    private static int position(Set<String> order, String code) {
        int index = 0;
        for (String each : order) {
            if (each.equals(code)) {
                return index;
            }
            index++;
        }
        return index; // outcomes come after every stage
    }

    /** A fraction with four decimals, or null when there is nothing to divide. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    static Days days(List<Long> values) {
        if (values.isEmpty()) {
            return new Days(0, null, null);
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1
                ? BigDecimal.valueOf(sorted.get(n / 2)).setScale(1, RoundingMode.UNNECESSARY)
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN);
        BigDecimal mean = BigDecimal.valueOf(sorted.stream().mapToLong(Long::longValue).sum())
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_EVEN);
        return new Days(n, median, mean);
    }
}
