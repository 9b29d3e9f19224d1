package io.opportunities.query.funnel;

import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.salesprocess.BuyerPhase;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The funnel of open deals: per stage of the sales process, in order, how many deals, their total value and their
 * value weighted by each deal's own probability (its closing certainty, or the manual override). Amounts are never
 * added across currencies: each total is per currency. How many deals carry an overridden certainty is shown, so an
 * override never hides inside a weighted total.
 */
record Funnel(List<StageLine> stages, List<Amount> totals) {

    /**
     * The open deals of one stage in one currency, as the database groups them.
     *
     * @param probabilityWeighted the sum of each deal's value times its probability in percent
     */
    record StageTotal(String stage, String currency, long count, BigDecimal total, BigDecimal probabilityWeighted,
                      long overridden) {
    }

    record Amount(String currency, long count, BigDecimal total, BigDecimal weighted) {
    }

    /**
     * @param probability the stage's default probability, for reference; the weighting uses each deal's own
     * @param overridden  how many of the stage's deals carry a manual certainty
     */
    record StageLine(String stage, String name, BuyerPhase buyerPhase, int probability, long count, long overridden,
                     List<Amount> amounts) {
    }

    static Funnel of(SalesProcess process, List<StageTotal> totals) {
        Map<String, List<StageTotal>> byStage = new LinkedHashMap<>();
        totals.forEach(total -> byStage.computeIfAbsent(total.stage(), stage -> new ArrayList<>()).add(total));
        List<StageLine> lines = new ArrayList<>();
        for (Stage stage : process.stages()) {
            lines.add(line(stage.code(), stage.name(), stage.buyerPhase(), stage.probability(),
                    byStage.remove(stage.code())));
        }
        // deals in a stage the process no longer has stay visible
        byStage.forEach((code, unknown) -> lines.add(line(code, code, null, 0, unknown)));
        return new Funnel(lines, overall(lines));
    }

    private static StageLine line(String code, String name, BuyerPhase phase, int probability,
                                  List<StageTotal> totals) {
        List<Amount> amounts = totals == null ? List.of() : totals.stream()
                .sorted(Comparator.comparing(StageTotal::currency))
                .map(total -> new Amount(total.currency(), total.count(),
                        Amounts.scaled(total.total(), total.currency()), percent(total.probabilityWeighted())))
                .toList();
        long count = amounts.stream().mapToLong(Amount::count).sum();
        long overridden = totals == null ? 0 : totals.stream().mapToLong(StageTotal::overridden).sum();
        return new StageLine(code, name, phase, probability, count, overridden, amounts);
    }

    private static List<Amount> overall(List<StageLine> lines) {
        Map<String, Amount> byCurrency = new TreeMap<>();
        lines.stream().flatMap(line -> line.amounts().stream()).forEach(amount -> byCurrency.merge(
                amount.currency(), amount, (a, b) -> new Amount(a.currency(), a.count() + b.count(),
                        a.total().add(b.total()), a.weighted().add(b.weighted()))));
        return List.copyOf(byCurrency.values());
    }

    private static BigDecimal percent(BigDecimal probabilityWeighted) {
        return probabilityWeighted.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }
}
