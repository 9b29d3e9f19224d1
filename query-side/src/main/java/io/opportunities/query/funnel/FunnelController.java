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

    FunnelController(JdbcClient jdbc, SalesProcess process, SalesTeams salesTeams, Timeline timeline, BusinessCalendar calendar,
                     Clock clock, ReadAccess readAccess) {
        this.readAccess = readAccess;
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
                    + "(folded from the timeline recorded by then); both come from the events, and may be combined.")
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
        if (moment.live()) {
            totals = totals(byOwnerOnly ? Source.CELLS : Source.LIVE, null, filter, period, grouping, teams);
        } else if (moment.knownAt() == null) {
            totals = totals(Source.AS_OF, moment.asOf(), filter, period, grouping, teams);
        } else {
            totals = totalsAsOf(moment, filter, period, grouping, teams);
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
        String periodCondition = "";
        if (period != null) {
            periodCondition = " AND " + source.expectedCloseOn() + " BETWEEN :periodStart AND :periodEnd";
            parameters.put("periodStart", period.start());
            parameters.put("periodEnd", period.end());
        }
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

    /** The same totals as known at a time: folded from the timeline entries recorded by then. */
    private Map<String, List<Funnel.StageTotal>> totalsAsOf(Moment moment, DealFilter filter, ClosePeriod period,
                                                            FunnelGrouping grouping, Teams teams) {
        Map<String, List<Funnel.StageTotal>> byGroup = new HashMap<>();
        for (DealState deal : timeline.statesAsOf(moment.asOf(), moment.knownAt(), filter)) {
            if (deal.status() != OpportunityStatus.OPEN
                    || (period != null && !period.contains(deal.expectedCloseOn()))) {
                continue;
            }
            BigDecimal weighted = deal.amount().multiply(BigDecimal.valueOf(deal.probability()));
            byGroup.computeIfAbsent(groupKey(deal, grouping, teams), key -> new ArrayList<>()).add(new Funnel.StageTotal(
                    deal.stage(), deal.currency(), 1, deal.amount(), weighted, deal.certaintyOverride() == null ? 0 : 1));
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
                rs.getBigDecimal("total"), rs.getBigDecimal("weighted"), rs.getLong("overridden"));
    }
}
