package io.opportunities.query.funnel;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.platform.config.SalesProperties;
import io.opportunities.platform.web.BadRequest;
import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.BusinessCalendar;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.team.DealFilterParameters;
import io.opportunities.query.team.SalesTeams;
import io.opportunities.query.timeline.DealState;
import io.opportunities.query.timeline.Moment;
import io.opportunities.query.timeline.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.Locale;
import java.util.Map;

@RestController
@Tag(name = "Funnel", description = "Where the open deals stand")
class ForecastController {

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final SalesTeams salesTeams;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final int commitCertainty;
    private final ReadAccess readAccess;
    private final LearnedChance learnedChance;

    ForecastController(JdbcClient jdbc, Timeline timeline, SalesTeams salesTeams, BusinessCalendar calendar,
                       Clock clock, SalesProperties properties, ReadAccess readAccess, LearnedChance learnedChance) {
        this.readAccess = readAccess;
        this.learnedChance = learnedChance;
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.salesTeams = salesTeams;
        this.calendar = calendar;
        this.clock = clock;
        this.commitCertainty = properties.forecast().commitCertainty();
    }

    @GetMapping("/api/forecast")
    @Operation(summary = "The forecast per expected-close period",
            description = "For each month or quarter: the open deals expected to close in it (count, total, value "
                    + "weighted by probability, and the committed part: deals at or above sales.forecast."
                    + "commit-certainty), the deals closed in it (won with their won value, lost, withdrawn), and the "
                    + "deals whose expected close date slipped out of it, with the reasons. asOf and knownAt give the "
                    + "forecast as it was on a past day, as known at a past time. The forecast of today (however asked "
                    + "for) also gives the won value to expect from the open deals' learned chances of winning "
                    + "(learnedExpected).")
    Forecast getForecast(
            @Parameter(description = "month or quarter") @RequestParam(defaultValue = "quarter") @Size(max = 10)
            String period,
            @Parameter(description = "The first period, e.g. 2026-Q4 or 2026-11; the current one when left out")
            @RequestParam(required = false) @Size(max = 7) String from,
            @RequestParam(defaultValue = "4") @Min(1) @Max(24) int periods,
            @Valid @ParameterObject DealFilterParameters selection,
            @Parameter(description = "As it was at the end of this business day")
            @RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "As the system knew it at this time, e.g. 2026-11-20T18:00:00Z")
            @RequestParam(required = false) Instant knownAt,
            Authentication user) {
        Moment moment = Moment.of(asOf, knownAt, calendar.today(), clock.instant());
        ClosePeriod.Granularity granularity = granularity(period);
        ClosePeriod first = from == null || from.isBlank()
                ? ClosePeriod.containing(moment.day(calendar.today()), granularity)
                : ClosePeriod.parse(from);
        List<ClosePeriod> range = new ArrayList<>();
        ClosePeriod next = first;
        for (int i = 0; i < periods; i++) {
            range.add(next);
            next = ClosePeriod.containing(next.end().plusDays(1), granularity);
        }
        DealFilter filter = selection.resolve(salesTeams.current(), readAccess.visibility(user));
        LocalDate start = first.start();
        LocalDate end = range.get(range.size() - 1).end();
        // the learned chance is today's: the forecast of today has it, however it is asked for
        ToDoubleFunction<LearnedChance.Deal> chance = moment.day(calendar.today()).equals(calendar.today())
                ? learnedChance.today().orElse(null) : null;
        List<Forecast.Deal> deals = moment.live() ? liveDeals(start, end, filter, chance)
                : dealsAsOf(moment, filter, chance);
        List<Timeline.Slip> slips = timeline.slipsOutOf(start, end, moment.asOf(), moment.knownAt(), filter);
        return new Forecast(moment.asOf(), moment.knownAt(), commitCertainty, range.stream()
                .map(each -> Forecast.period(each, deals, commitCertainty,
                        slips.stream().filter(slip -> each.contains(slip.from())).toList()))
                .toList());
    }

    private static ClosePeriod.Granularity granularity(String period) {
        return switch (period.strip().toLowerCase(Locale.ROOT)) {
            case "month" -> ClosePeriod.Granularity.MONTH;
            case "quarter" -> ClosePeriod.Granularity.QUARTER;
            default -> throw BadRequest.of("Invalid period", "period must be month or quarter, not " + period + ".");
        };
    }

    /**
     * The open deals expected to close in the range and the deals closed in it, from the live rows.
     *
     * @param chance today's learned chances, or null while nothing has been learnt
     */
    private List<Forecast.Deal> liveDeals(LocalDate start, LocalDate end, DealFilter filter,
                                          @Nullable ToDoubleFunction<LearnedChance.Deal> chance) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("rangeStart", start);
        parameters.put("rangeEnd", end);
        return jdbc.sql("SELECT o.status, o.estimated_amount, o.currency, o.expected_close_on, o.closed_on,"
                        + " o.won_amount, o.won_currency, " + LearnedChance.COLUMNS + " FROM opportunity o"
                        + " WHERE ((o.status = 'OPEN' AND o.expected_close_on BETWEEN :rangeStart AND :rangeEnd)"
                        + " OR (o.status <> 'OPEN' AND o.closed_on BETWEEN :rangeStart AND :rangeEnd))"
                        + filter.conditions("o"))
                .params(parameters)
                .query((rs, rowNum) -> {
                    OpportunityStatus status = OpportunityStatus.valueOf(rs.getString("status"));
                    Double learned = chance == null || status != OpportunityStatus.OPEN ? null
                            : chance.applyAsDouble(LearnedChance.of(rs));
                    return new Forecast.Deal(status, rs.getBigDecimal("estimated_amount"), rs.getString("currency"),
                            rs.getObject("expected_close_on", LocalDate.class), rs.getInt("probability"),
                            rs.getObject("closed_on", LocalDate.class), rs.getBigDecimal("won_amount"),
                            rs.getString("won_currency"), learned);
                })
                .list();
    }

    private List<Forecast.Deal> dealsAsOf(Moment moment, DealFilter filter,
                                          @Nullable ToDoubleFunction<LearnedChance.Deal> chance) {
        return timeline.statesAsOf(moment.asOf(), moment.knownAt(), filter).stream()
                .map(state -> deal(state, chance))
                .toList();
    }

    private static Forecast.Deal deal(DealState state, @Nullable ToDoubleFunction<LearnedChance.Deal> chance) {
        return new Forecast.Deal(state.status(), state.amount(), state.currency(), state.expectedCloseOn(),
                state.probability(), state.closedOn(), state.wonAmount(), state.wonCurrency(),
                chance == null || state.status() != OpportunityStatus.OPEN ? null
                        : chance.applyAsDouble(LearnedChance.of(state)));
    }
}
