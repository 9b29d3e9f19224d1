package io.opportunities.query.funnel;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.team.DealFilterParameters;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.team.Teams;
import io.opportunities.query.timeline.DealState;
import io.opportunities.query.timeline.Moment;
import io.opportunities.query.timeline.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

@RestController
@Tag(name = "Funnel", description = "Where the open deals stand")
class FunnelController {

    private final JdbcClient jdbc;
    private final SalesProcess process;
    private final SalesTeams salesTeams;
    private final Timeline timeline;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ReadAccess readAccess;
    private final LearnedChance learnedChance;

    FunnelController(JdbcClient jdbc, SalesProcess process, SalesTeams salesTeams, Timeline timeline, BusinessCalendar calendar,
                     Clock clock, ReadAccess readAccess, LearnedChance learnedChance) {
        this.readAccess = readAccess;
        this.learnedChance = learnedChance;
        this.jdbc = jdbc;
        this.process = process;
        this.salesTeams = salesTeams;
        this.timeline = timeline;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/api/funnel")
    @Operation(summary = "The funnel of open deals",
            description = "Per stage, in the sales process's order: count, total value and value weighted by each "
                    + "deal's probability (its closing certainty, or its manual override, counted as overridden), "
                    + "per currency. Filter by owner, team, customer, product and expected-close period; group by "
                    + "owner, team, customer, product, month or quarter of the expected close date to get one funnel "
                    + "per group after the whole one. asOf gives the funnel as it was at the end of a past business "
                    + "day (from each deal's figures over business time), knownAt as the system knew it at a past time "
                    + "(folded from the timeline recorded by then); both come from the events, and may be combined. "
                    + "The funnel of today (however asked for) also weights each deal's value by its learned chance "
                    + "of winning (learnedWeighted; see GET /api/analytics/win-probabilities).")
    Funnel getFunnel(
            @Valid @ParameterObject DealFilterParameters selection,
            @Parameter(description = "Only deals expected to close in this month (2026-11) or quarter (2026-Q4)")
            @RequestParam(required = false) @Size(max = 7) String expectedClose,
            @Parameter(description = "owner, team, customer, product, month or quarter")
            @RequestParam(required = false) @Size(max = 20) String groupBy,
            @Parameter(description = "As it was at the end of this business day")
            @RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "As the system knew it at this time, e.g. 2026-11-20T18:00:00Z")
            @RequestParam(required = false) Instant knownAt,
            Authentication user) {
        Moment moment = Moment.of(asOf, knownAt, calendar.today(), clock.instant());
        Teams teams = salesTeams.current();
        DealFilter filter = selection.resolve(teams, readAccess.visibility(user));
        ClosePeriod period = expectedClose == null || expectedClose.isBlank() ? null : ClosePeriod.parse(expectedClose);
        FunnelGrouping grouping = groupBy == null || groupBy.isBlank() ? null : FunnelGrouping.parse(groupBy);
        Map<String, List<Funnel.StageTotal>> totals;
        boolean byOwnerOnly = filter.customer() == null && filter.product() == null && period == null
                && (grouping == null || grouping == FunnelGrouping.OWNER || grouping == FunnelGrouping.TEAM);
        // the learned chance is today's: the funnel of today has it, however it is asked for
        ToDoubleFunction<LearnedChance.Deal> chance = moment.day(calendar.today()).equals(calendar.today())
                ? learnedChance.today().orElse(null) : null;
        if (moment.knownAt() == null) {
            totals = moment.live()
                    ? totals(byOwnerOnly ? Source.CELLS : Source.LIVE, null, filter, period, grouping, teams)
                    : totals(Source.AS_OF, moment.asOf(), filter, period, grouping, teams);
            if (chance != null) {
                totals = withLearned(totals, learned(chance, filter, period, grouping, teams));
            }
        } else {
            totals = totalsAsOf(moment, filter, period, grouping, teams, chance);
        }
        return grouping == null
                ? Funnel.of(process, totals.getOrDefault("", List.of()))
                : Funnel.grouped(process, grouping.key(), totals);
    }

    /**
     * Where the funnel's figures of a deal are read: its row (live), or the interval of its figures that holds on a
     * business date.
     */
    private record Source(String from, String stage, String currency, String deals, String total, String weighted,
                          String overridden, String expectedCloseOn) {

        static final Source LIVE = new Source("opportunity o WHERE o.status = 'OPEN'", "o.stage", "o.currency",
                "count(*)", "sum(o.estimated_amount)", "sum(o.estimated_amount * o.probability)",
                "count(o.certainty_override)", "o.expected_close_on");
        /** The totals per owner, stage and currency the opportunities projection keeps: for owners and teams. */
        static final Source CELLS = new Source("funnel_cell o WHERE o.deals > 0", "o.stage", "o.currency",
                "sum(o.deals)", "sum(o.total)", "sum(o.weighted)", "sum(o.overridden)", null);
        static final Source AS_OF = new Source("""
                opportunity_interval s JOIN opportunity o ON o.opportunity_id = s.opportunity_id
                WHERE s.valid_from <= :asOf AND (s.valid_to IS NULL OR s.valid_to > :asOf) AND s.status = 'OPEN'""",
                "s.stage", "s.currency", "count(*)", "sum(s.amount)", "sum(s.amount * s.probability)",
                "count(CASE WHEN s.overridden THEN 1 END)", "s.expected_close_on");
    }

    /** The open deals' totals per stage and currency, per group key ("" when not grouped). */
    private Map<String, List<Funnel.StageTotal>> totals(Source source, LocalDate asOf, DealFilter filter,
                                                        ClosePeriod period, FunnelGrouping grouping, Teams teams) {
        String column = grouping == null ? null : grouping.column(source.expectedCloseOn());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        if (asOf != null) {
            parameters.put("asOf", asOf);
        }
        String periodCondition = periodCondition(source.expectedCloseOn(), period, parameters);
        String sql = "SELECT " + source.stage() + " AS stage, " + source.currency() + " AS currency"
                + (column == null ? "" : ", " + column + " AS grp")
                + ", " + source.deals() + " AS deals, " + source.total() + " AS total, " + source.weighted()
                + " AS weighted, " + source.overridden() + " AS overridden FROM "
                + source.from() + filter.conditions("o") + periodCondition
                + " GROUP BY " + source.stage() + ", " + source.currency() + (column == null ? "" : ", " + column);
        Map<String, List<Funnel.StageTotal>> byGroup = new HashMap<>();
        jdbc.sql(sql).params(parameters).query((RowCallbackHandler) rs ->
                byGroup.computeIfAbsent(groupKey(rs, grouping, teams), key -> new ArrayList<>()).add(total(rs)));
        return byGroup;
    }

    /** Today's value of the open deals weighted by their learned chances, per group, stage and currency. */
    private Map<List<String>, BigDecimal> learned(ToDoubleFunction<LearnedChance.Deal> chance, DealFilter filter,
                                                  ClosePeriod period, FunnelGrouping grouping, Teams teams) {
        String column = grouping == null ? null : grouping.column("o.expected_close_on");
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        String periodCondition = periodCondition("o.expected_close_on", period, parameters);
        Map<List<String>, BigDecimal> learned = new HashMap<>();
        jdbc.sql("SELECT " + LearnedChance.COLUMNS + ", o.currency, o.estimated_amount"
                        + (column == null ? "" : ", " + column + " AS grp")
                        + " FROM opportunity o WHERE o.status = 'OPEN'" + filter.conditions("o") + periodCondition)
                .params(parameters)
                .query((RowCallbackHandler) rs -> {
                    double chanceOf = chance.applyAsDouble(LearnedChance.of(rs));
                    learned.merge(List.of(groupKey(rs, grouping, teams), rs.getString("stage"),
                                    rs.getString("currency")),
                            rs.getBigDecimal("estimated_amount").multiply(BigDecimal.valueOf(chanceOf)),
                            BigDecimal::add);
                });
        return learned;
    }

    /** The condition that keeps the deals expected to close in the period, if one is asked for. */
    private static String periodCondition(String expectedCloseOn, ClosePeriod period, Map<String, Object> parameters) {
        if (period == null) {
            return "";
        }
        parameters.put("periodStart", period.start());
        parameters.put("periodEnd", period.end());
        return " AND " + expectedCloseOn + " BETWEEN :periodStart AND :periodEnd";
    }

    private static Map<String, List<Funnel.StageTotal>> withLearned(Map<String, List<Funnel.StageTotal>> totals,
                                                                    Map<List<String>, BigDecimal> learned) {
        Map<String, List<Funnel.StageTotal>> with = new HashMap<>();
        totals.forEach((group, stageTotals) -> with.put(group, stageTotals.stream()
                .map(total -> total.withLearned(learned.getOrDefault(List.of(group, total.stage(), total.currency()),
                        BigDecimal.ZERO)))
                .toList()));
        return with;
    }

    /** The same totals as known at a time: folded from the timeline entries recorded by then. */
    private Map<String, List<Funnel.StageTotal>> totalsAsOf(Moment moment, DealFilter filter, ClosePeriod period,
                                                            FunnelGrouping grouping, Teams teams,
                                                            @Nullable ToDoubleFunction<LearnedChance.Deal> chance) {
        Map<String, List<Funnel.StageTotal>> byGroup = new HashMap<>();
        for (DealState deal : timeline.statesAsOf(moment.asOf(), moment.knownAt(), filter)) {
            if (deal.status() != OpportunityStatus.OPEN
                    || (period != null && !period.contains(deal.expectedCloseOn()))) {
                continue;
            }
            BigDecimal weighted = deal.amount().multiply(BigDecimal.valueOf(deal.probability()));
            byGroup.computeIfAbsent(groupKey(deal, grouping, teams), key -> new ArrayList<>()).add(new Funnel.StageTotal(
                    deal.stage(), deal.currency(), 1, deal.amount(), weighted, deal.certaintyOverride() == null ? 0 : 1,
                    chance == null ? null
                            : deal.amount().multiply(BigDecimal.valueOf(chance.applyAsDouble(LearnedChance.of(deal))))));
        }
        return byGroup;
    }

    private static String groupKey(DealState deal, FunnelGrouping grouping, Teams teams) {
        return grouping == null ? "" : grouping.group(grouping.valueOf(deal), teams);
    }

    private static String groupKey(ResultSet rs, FunnelGrouping grouping, Teams teams) throws SQLException {
        if (grouping == null) {
            return "";
        }
        return grouping.group(grouping.byDate() ? rs.getObject("grp", LocalDate.class) : rs.getString("grp"), teams);
    }

    private static Funnel.StageTotal total(ResultSet rs) throws SQLException {
        return new Funnel.StageTotal(rs.getString("stage"), rs.getString("currency"), rs.getLong("deals"),
                rs.getBigDecimal("total"), rs.getBigDecimal("weighted"), rs.getLong("overridden"), null);
    }
}
