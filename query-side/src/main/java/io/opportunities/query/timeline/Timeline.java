package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.CertaintyLadder;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.team.DealFilter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the deals' timelines: states as of a moment, stage paths of closed deals, close-date slips. */
@Component
public class Timeline {

    private static final String COLUMNS = """
            t.opportunity_id, t.version, t.occurred_on, t.recorded_at, t.change, t.stage, t.from_stage, t.status,
            t.amount, t.currency, t.expected_close_on, t.previous_expected_close_on, t.certainty, t.item_id,
            t.buying_action_type, t.due_on, t.reason""";

    private final JdbcClient jdbc;
    private final CertaintyLadder ladder;

    Timeline(JdbcClient jdbc, SalesProcess process) {
        this.jdbc = jdbc;
        this.ladder = process.certaintyLadder();
    }

    /**
     * Every deal the filter selects as it was at the end of business day {@code asOf}, as the system knew it at
     * {@code knownAt}: the fold of its entries that occurred on or before {@code asOf} and were recorded at or before
     * {@code knownAt} (either may be null: no limit). Deals not yet opened then are left out.
     * <p>
     * A recording time cuts each deal's stream at one point, so the closing certainty the events stated then is
     * what was known. A business date leaves out the facts that happened later, wherever they were recorded, and
     * the certainty the events stated may rest on those: as of a business date the certainty is worked out again
     * with the ladder from the buying actions that had happened by then.
     */
    public List<DealState> statesAsOf(LocalDate asOf, Instant knownAt, DealFilter filter) {
        List<DealState> states = fold(asOf, knownAt, filter);
        if (asOf != null) {
            states.forEach(state -> state.certaintyFromLadder(ladder));
        }
        return states;
    }

    private List<DealState> fold(LocalDate asOf, Instant knownAt, DealFilter filter) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", o.owner, o.customer, o.title, o.product"
                + " FROM opportunity_timeline t JOIN opportunity o ON o.opportunity_id = t.opportunity_id WHERE 1 = 1");
        sql.append(moment(asOf, knownAt, parameters));
        sql.append(filter.conditions("o")).append(" ORDER BY t.opportunity_id, t.version");
        Map<String, DealState> states = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(parameters).query((RowCallbackHandler) rs -> states
                .computeIfAbsent(rs.getString("opportunity_id"), id -> deal(rs, id))
                .apply(entry(rs)));
        return states.values().stream().filter(DealState::opened).toList();
    }

    /** One deal's whole timeline, in stream order. */
    public List<TimelineEntry> entriesOf(String opportunityId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM opportunity_timeline t WHERE t.opportunity_id = ? ORDER BY t.version")
                .param(opportunityId)
                .query((rs, rowNum) -> entry(rs))
                .list();
    }

    /** The stage paths of the deals the filter selects whose final close fell between the two days. */
    public List<StagePath> pathsOfDealsClosedBetween(LocalDate from, LocalDate to, DealFilter filter) {
        return timelinesOfDealsClosedBetween(from, to, filter).values().stream().map(StagePath::of).toList();
    }

    /** The whole timelines, in stream order, of the deals named. */
    public Map<String, List<TimelineEntry>> timelinesOf(java.util.Collection<String> opportunityIds) {
        Map<String, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        if (opportunityIds.isEmpty()) {
            return timelines;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM opportunity_timeline t WHERE t.opportunity_id IN (:ids)"
                        + " ORDER BY t.opportunity_id, t.version")
                .param("ids", opportunityIds)
                .query((RowCallbackHandler) rs -> timelines
                        .computeIfAbsent(rs.getString("opportunity_id"), id -> new ArrayList<>())
                        .add(entry(rs)));
        return timelines;
    }

    /** The whole timelines, in stream order, of every deal the filter selects, open or closed. */
    public Map<String, List<TimelineEntry>> timelinesOf(DealFilter filter) {
        String sql = "SELECT " + COLUMNS + " FROM opportunity_timeline t WHERE t.opportunity_id IN ("
                + "SELECT o.opportunity_id FROM opportunity o WHERE 1 = 1" + filter.conditions("o") + ")"
                + " ORDER BY t.opportunity_id, t.version";
        Map<String, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        jdbc.sql(sql).params(filter.parameters()).query((RowCallbackHandler) rs -> timelines
                .computeIfAbsent(rs.getString("opportunity_id"), id -> new ArrayList<>())
                .add(entry(rs)));
        return timelines;
    }

    /** The whole timelines, in stream order, of the deals the filter selects whose final close fell in the range. */
    public Map<String, List<TimelineEntry>> timelinesOfDealsClosedBetween(LocalDate from, LocalDate to,
                                                                          DealFilter filter) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("closedFrom", from);
        parameters.put("closedTo", to);
        String sql = "SELECT " + COLUMNS + " FROM opportunity_timeline t WHERE t.opportunity_id IN ("
                + "SELECT o.opportunity_id FROM opportunity o WHERE o.status <> 'OPEN'"
                + " AND o.closed_on BETWEEN :closedFrom AND :closedTo" + filter.conditions("o") + ")"
                + " ORDER BY t.opportunity_id, t.version";
        Map<String, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        jdbc.sql(sql).params(parameters).query((RowCallbackHandler) rs -> timelines
                .computeIfAbsent(rs.getString("opportunity_id"), id -> new ArrayList<>())
                .add(entry(rs)));
        return timelines;
    }

    /** A move of a deal's expected close date to a later day. */
    @Schema(name = "ForecastSlip")
    public record Slip(String opportunityId, String customer, String title, String owner, LocalDate movedOn,
                       LocalDate from, LocalDate to, String reason) {
    }

    /**
     * The slips of the deals the filter selects out of the days between {@code from} and {@code to}: moves of the
     * expected close date from one of those days to a later one, on or before {@code asOf} if given.
     */
    public List<Slip> slipsOutOf(LocalDate from, LocalDate to, LocalDate asOf, Instant knownAt, DealFilter filter) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("slipFrom", from);
        parameters.put("slipTo", to);
        StringBuilder sql = new StringBuilder("""
                SELECT t.opportunity_id, o.customer, o.title, o.owner, t.occurred_on, t.previous_expected_close_on,
                       t.expected_close_on, t.reason
                FROM opportunity_timeline t JOIN opportunity o ON o.opportunity_id = t.opportunity_id
                WHERE t.change = 'CLOSE_DATE_MOVED' AND t.previous_expected_close_on BETWEEN :slipFrom AND :slipTo
                  AND t.expected_close_on > t.previous_expected_close_on""");
        sql.append(moment(asOf, knownAt, parameters));
        sql.append(filter.conditions("o")).append(" ORDER BY t.previous_expected_close_on, t.opportunity_id, t.version");
        return jdbc.sql(sql.toString()).params(parameters).query((rs, rowNum) -> new Slip(
                rs.getString("opportunity_id"), rs.getString("customer"), rs.getString("title"), rs.getString("owner"),
                rs.getObject("occurred_on", LocalDate.class), rs.getObject("previous_expected_close_on", LocalDate.class),
                rs.getObject("expected_close_on", LocalDate.class), rs.getString("reason"))).list();
    }

    /** The conditions on timeline entries {@code t} that keep what happened by {@code asOf}, recorded by {@code knownAt}. */
    private static String moment(LocalDate asOf, Instant knownAt, Map<String, Object> parameters) {
        StringBuilder conditions = new StringBuilder();
        if (asOf != null) {
            conditions.append(" AND t.occurred_on <= :asOf");
            parameters.put("asOf", asOf);
        }
        if (knownAt != null) {
            conditions.append(" AND t.recorded_at <= :knownAt");
            parameters.put("knownAt", Timestamp.from(knownAt));
        }
        return conditions.toString();
    }

    private static DealState deal(ResultSet rs, String id) {
        try {
            return new DealState(id, rs.getString("owner"), rs.getString("customer"), rs.getString("title"),
                    rs.getString("product"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read opportunity " + id, e);
        }
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new TimelineEntry(rs.getString("opportunity_id"), rs.getLong("version"),
                rs.getObject("occurred_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                TimelineEntry.Change.valueOf(rs.getString("change")), rs.getString("stage"), rs.getString("from_stage"),
                status == null ? null : OpportunityStatus.valueOf(status), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getObject("expected_close_on", LocalDate.class),
                rs.getObject("previous_expected_close_on", LocalDate.class), (Integer) rs.getObject("certainty"),
                rs.getString("item_id"), rs.getString("buying_action_type"), rs.getObject("due_on", LocalDate.class),
                rs.getString("reason"));
    }
}
