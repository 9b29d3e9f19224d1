package io.opportunities.query.winloss;

import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.funnel.Conversion;
import io.opportunities.query.team.Teams;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How the deals closed in a range went, grouped every way a manager asks: by the furthest stage they reached, owner,
 * team, regional office, product, customer sector, competitor, deal size and cycle length; the losses by reason. A
 * withdrawn deal (no decision, or disqualified) is counted apart and is no loss: the win rate is won / (won + lost).
 * Rates are fractions from 0 to 1.
 */
record WinLossAnalysis(LocalDate closedFrom, LocalDate closedTo, Group outcomes, List<Group> byStageReached,
                       List<Group> byOwner, List<Group> byTeam, List<Group> byRegionalOffice, List<Group> byProduct,
                       List<Group> bySector, List<Group> byCompetitor, List<Group> byDealSize,
                       List<Group> byCycleLength, List<Count> lossReasons) {

    static final String NONE = "(none)";

    /**
     * The deals of one group.
     *
     * @param winRate                   won / (won + lost); null when neither
     * @param winRateIncludingWithdrawn won / deals
     * @param wonValue                  the won deals' value, per currency
     */
    @Schema(name = "WinLossGroup")
    record Group(String key, long deals, long won, long lost, long noDecision, long disqualified,
                 @Nullable BigDecimal winRate, @Nullable BigDecimal winRateIncludingWithdrawn, List<Money> wonValue) {
    }

    /** How many lost deals give this reason, and their share of the losses. */
    record Count(String key, long count, BigDecimal share) {
    }

    static WinLossAnalysis of(LocalDate from, LocalDate to, List<ClosedDeal> deals, SalesProcess process, Teams teams,
                              AnalysisSettings settings) {
        Bands cycle = Bands.ofDays(settings.cycleBandsDays());
        Map<String, Bands> sizes = new TreeMap<>();
        // by the value known before the outcome: a won value would move wins into bands their losses never reach
        Function<ClosedDeal, Bands.Band> size = deal -> sizes.computeIfAbsent(deal.estimatedCurrency(),
                currency -> new Bands(settings.dealSizeBands(), currency)).of(deal.estimatedValue());
        return new WinLossAnalysis(from, to, tally("all", deals),
                grouped(deals, deal -> List.of(deal.furthestStage() == null ? Key.of(NONE)
                        : new Key(process.positionOf(deal.furthestStage()), deal.furthestStage()))),
                grouped(deals, deal -> List.of(Key.of(deal.owner()))),
                grouped(deals, deal -> List.of(Key.of(teams.teamOf(deal.owner())))),
                grouped(deals, deal -> List.of(Key.of(teams.regionalOfficeOf(deal.owner()).orElse(NONE)))),
                grouped(deals, deal -> List.of(Key.of(deal.product()))),
                grouped(deals, deal -> List.of(Key.of(deal.sector()))),
                grouped(deals, deal -> deal.competitors().isEmpty() ? List.of(Key.of(NONE))
                        : deal.competitors().stream().map(Key::of).toList()),
                grouped(deals, deal -> List.of(new Key(size.apply(deal).position(), size.apply(deal).label()))),
                grouped(deals, deal -> List.of(new Key(cycle.of(deal.cycleDays()).position(),
                        cycle.of(deal.cycleDays()).label()))),
                lossReasons(deals));
    }

    /**
     * What a deal is grouped under: a label, and where its group comes: in the order of stages and bands, or, for
     * names (order 0), the largest group first.
     */
    private record Key(int order, String label) {

        static Key of(String name) {
            return new Key(0, name == null || name.isBlank() ? NONE : name);
        }
    }

    private static List<Group> grouped(List<ClosedDeal> deals, Function<ClosedDeal, List<Key>> keys) {
        Map<Key, List<ClosedDeal>> byKey = new LinkedHashMap<>();
        deals.forEach(deal -> keys.apply(deal).forEach(key ->
                byKey.computeIfAbsent(key, each -> new ArrayList<>()).add(deal)));
        return byKey.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Key, List<ClosedDeal>> entry) -> entry.getKey().order())
                        .thenComparing(entry -> -entry.getValue().size())
                        .thenComparing(entry -> entry.getKey().label()))
                .map(entry -> tally(entry.getKey().label(), entry.getValue()))
                .toList();
    }

    static Group tally(String key, List<ClosedDeal> deals) {
        long won = 0;
        long lost = 0;
        long noDecision = 0;
        long disqualified = 0;
        Map<String, BigDecimal> wonValue = new TreeMap<>();
        for (ClosedDeal deal : deals) {
            switch (deal.status()) {
                case WON -> {
                    won++;
                    wonValue.merge(deal.currency(), deal.value(), BigDecimal::add);
                }
                case LOST -> lost++;
                case WITHDRAWN -> {
                    if ("NO_DECISION".equals(deal.withdrawalKind())) {
                        noDecision++;
                    } else {
                        disqualified++;
                    }
                }
                case OPEN -> throw new IllegalStateException("an open deal among the closed: " + deal.opportunityId());
            }
        }
        return new Group(key, deals.size(), won, lost, noDecision, disqualified, Conversion.rate(won, won + lost),
                Conversion.rate(won, deals.size()), wonValue.entrySet().stream()
                .map(entry -> Amounts.money(entry.getValue(), entry.getKey())).toList());
    }

    private static List<Count> lossReasons(List<ClosedDeal> deals) {
        Map<String, Long> byReason = new TreeMap<>();
        deals.stream().filter(deal -> deal.status() == OpportunityStatus.LOST)
                .forEach(deal -> byReason.merge(Key.of(deal.lossReason()).label(), 1L, Long::sum));
        long losses = byReason.values().stream().mapToLong(Long::longValue).sum();
        return byReason.entrySet().stream()
                .map(entry -> new Count(entry.getKey(), entry.getValue(), Conversion.rate(entry.getValue(), losses)))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
                .toList();
    }
}
