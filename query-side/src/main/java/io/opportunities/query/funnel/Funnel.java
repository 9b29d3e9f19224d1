package io.opportunities.query.funnel;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.salesprocess.BuyerPhase;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The funnel of open deals: per stage of the sales process, in order, how many deals, their total value and their
 * value weighted by each deal's own probability (its closing certainty, or the manual override). Amounts are never
 * added across currencies: each total is per currency. How many deals carry an overridden certainty is shown, so an
 * override never hides inside a weighted total. Grouped, it shows the whole funnel and then one per group.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Funnel(List<StageLine> stages, List<Amount> totals, String groupBy, List<Group> groups) {

    /**
     * The open deals of one stage in one currency, as the database groups them.
     *
     * @param probabilityWeighted the sum of each deal's value times its probability in percent
     * @param learnedWeighted     the sum of each deal's value times its learned chance (0 to 1); null when not known
     */
    record StageTotal(String stage, String currency, long count, BigDecimal total, BigDecimal probabilityWeighted,
                      long overridden, @Nullable BigDecimal learnedWeighted) {

        StageTotal withLearned(@Nullable BigDecimal learned) {
            return new StageTotal(stage, currency, count, total, probabilityWeighted, overridden, learned);
        }
    }

    /**
     * @param weighted        the value weighted by each deal's own probability
     * @param learnedWeighted the value weighted by each deal's learned chance of winning (see GET
     *                        /api/analytics/win-probabilities): the funnel of today only, null as of a past day,
     *                        or while nothing has been learnt
     */
    record Amount(String currency, long count, BigDecimal total, BigDecimal weighted,
                  @Nullable BigDecimal learnedWeighted) {
    }

    /**
     * @param probability the stage's default probability, for reference; the weighting uses each deal's own
     * @param overridden  how many of the stage's deals carry a manual certainty
     */
    record StageLine(String stage, String name, BuyerPhase buyerPhase, int probability, long count, long overridden,
                     List<Amount> amounts) {
    }

    /** One group's funnel: the deals of one owner, team, customer, product or expected-close period. */
    @Schema(name = "FunnelGroup")
    record Group(String group, long count, List<StageLine> stages, List<Amount> totals) {
    }

    static Funnel of(SalesProcess process, List<StageTotal> totals) {
        List<StageLine> lines = lines(process, totals);
        return new Funnel(lines, overall(lines), null, null);
    }

    /** The whole funnel, and one per group in the order of their keys. */
    static Funnel grouped(SalesProcess process, String groupBy, Map<String, List<StageTotal>> totalsByGroup) {
        List<StageTotal> all = totalsByGroup.values().stream().flatMap(List::stream).toList();
        List<StageLine> lines = lines(process, all);
        List<Group> groups = new TreeMap<>(totalsByGroup).entrySet().stream()
                .map(group -> {
                    List<StageLine> groupLines = lines(process, group.getValue());
                    return new Group(group.getKey(), groupLines.stream().mapToLong(StageLine::count).sum(),
                            groupLines, overall(groupLines));
                })
                .toList();
        return new Funnel(lines, overall(lines), groupBy, groups);
    }

    private static List<StageLine> lines(SalesProcess process, List<StageTotal> totals) {
        Map<String, List<StageTotal>> byStage = new LinkedHashMap<>();
        merged(totals).forEach(total -> byStage.computeIfAbsent(total.stage(), stage -> new ArrayList<>()).add(total));
        List<StageLine> lines = new ArrayList<>();
        for (Stage stage : process.stages()) {
            lines.add(line(stage.code(), stage.name(), stage.buyerPhase(), stage.probability(),
                    byStage.remove(stage.code())));
        }
        // deals in a stage the process no longer has stay visible
        byStage.forEach((code, unknown) -> lines.add(line(code, code, null, 0, unknown)));
        return lines;
    }

    private static StageLine line(String code, String name, BuyerPhase phase, int probability,
                                  List<StageTotal> totals) {
        List<Amount> amounts = totals == null ? List.of() : totals.stream()
                .sorted(Comparator.comparing(StageTotal::currency))
                .map(total -> new Amount(total.currency(), total.count(),
                        Amounts.scaled(total.total(), total.currency()), percent(total.probabilityWeighted()),
                        total.learnedWeighted() == null ? null
                                : total.learnedWeighted().setScale(2, RoundingMode.HALF_EVEN)))
                .toList();
        long count = amounts.stream().mapToLong(Amount::count).sum();
        long overridden = totals == null ? 0 : totals.stream().mapToLong(StageTotal::overridden).sum();
        return new StageLine(code, name, phase, probability, count, overridden, amounts);
    }

    /** One total per stage and currency, whatever groups the database returned them in. */
    private static Collection<StageTotal> merged(List<StageTotal> totals) {
        Map<List<String>, StageTotal> byStageAndCurrency = new LinkedHashMap<>();
        totals.forEach(total -> byStageAndCurrency.merge(List.of(total.stage(), total.currency()), total,
                (a, b) -> new StageTotal(a.stage(), a.currency(), a.count() + b.count(), a.total().add(b.total()),
                        a.probabilityWeighted().add(b.probabilityWeighted()), a.overridden() + b.overridden(),
                        sum(a.learnedWeighted(), b.learnedWeighted()))));
        return byStageAndCurrency.values();
    }

    private static List<Amount> overall(List<StageLine> lines) {
        Map<String, Amount> byCurrency = new TreeMap<>();
        lines.stream().flatMap(line -> line.amounts().stream()).forEach(amount -> byCurrency.merge(
                amount.currency(), amount, (a, b) -> new Amount(a.currency(), a.count() + b.count(),
                        a.total().add(b.total()), a.weighted().add(b.weighted()),
                        sum(a.learnedWeighted(), b.learnedWeighted()))));
        return List.copyOf(byCurrency.values());
    }

    /** The sum of two amounts that may be unknown: unknown only if both are. */
    static @Nullable BigDecimal sum(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** A sum of values times their probability in percent, as a weighted amount. */
    static BigDecimal percent(BigDecimal probabilityWeighted) {
        return probabilityWeighted.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }
}
