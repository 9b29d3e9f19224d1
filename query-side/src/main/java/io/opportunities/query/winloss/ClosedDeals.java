package io.opportunities.query.winloss;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.query.team.DealFilter;
import io.opportunities.query.timeline.StagePath;
import io.opportunities.query.timeline.Timeline;
import io.opportunities.query.timeline.TimelineEntry;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the deals closed in a range: their rows, their customers' sectors, their timelines and competitors. */
@Component
public class ClosedDeals {

    /** The sector of the opportunity {@code o}'s customer, as registered, or null: a customer is known by its name. */
    public static final String CUSTOMER_SECTOR = "(SELECT min(c.sector) FROM customer c WHERE c.name = o.customer)";

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final SalesProcess process;

    ClosedDeals(JdbcClient jdbc, Timeline timeline, SalesProcess process) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.process = process;
    }

    /** A closed deal with its whole timeline, in stream order. */
    public record WithTimeline(ClosedDeal deal, List<TimelineEntry> timeline) {
    }

    public List<ClosedDeal> between(LocalDate from, LocalDate to, DealFilter filter) {
        return withTimelines(from, to, filter).stream().map(WithTimeline::deal).toList();
    }

    public List<WithTimeline> withTimelines(LocalDate from, LocalDate to, DealFilter filter) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("closedFrom", from);
        parameters.put("closedTo", to);
        String closed = " FROM opportunity o WHERE o.status <> 'OPEN' AND o.closed_on BETWEEN :closedFrom AND :closedTo"
                + filter.conditions("o");
        Map<String, Set<String>> competitors = new HashMap<>();
        jdbc.sql("SELECT c.opportunity_id, c.name FROM opportunity_competitor c WHERE c.opportunity_id IN ("
                        + "SELECT o.opportunity_id" + closed + ") ORDER BY c.opportunity_id, c.name")
                .params(parameters)
                .query((RowCallbackHandler) rs -> competitors
                        .computeIfAbsent(rs.getString("opportunity_id"), id -> new LinkedHashSet<>())
                        .add(rs.getString("name")));
        Map<String, List<TimelineEntry>> timelines = timeline.timelinesOfDealsClosedBetween(from, to, filter);
        List<WithTimeline> deals = new ArrayList<>();
        jdbc.sql("""
                        SELECT o.opportunity_id, o.owner, o.product, o.customer, o.status, o.stage, o.opened_on,
                               o.closed_on, o.estimated_amount, o.currency, o.won_amount, o.won_currency,
                               o.loss_reason, o.competitor, o.withdrawal_kind,
                               """ + CUSTOMER_SECTOR + " AS sector" + closed
                        + " ORDER BY o.closed_on, o.opportunity_id")
                .params(parameters)
                .query((RowCallbackHandler) rs -> {
                    String id = rs.getString("opportunity_id");
                    OpportunityStatus status = OpportunityStatus.valueOf(rs.getString("status"));
                    boolean won = status == OpportunityStatus.WON;
                    Set<String> named = new LinkedHashSet<>(competitors.getOrDefault(id, Set.of()));
                    if (rs.getString("competitor") != null) {
                        named.add(rs.getString("competitor"));
                    }
                    List<TimelineEntry> entries = timelines.getOrDefault(id, List.of());
                    String furthest = furthestStage(StagePath.of(entries));
                    deals.add(new WithTimeline(new ClosedDeal(id, rs.getString("owner"), rs.getString("product"),
                            rs.getString("customer"), rs.getString("sector"), status, rs.getString("stage"),
                            furthest == null ? rs.getString("stage") : furthest,
                            rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                            won ? rs.getBigDecimal("won_amount") : rs.getBigDecimal("estimated_amount"),
                            won ? rs.getString("won_currency") : rs.getString("currency"),
                            rs.getString("loss_reason"), rs.getString("withdrawal_kind"), List.copyOf(named),
                            rs.getBigDecimal("estimated_amount"), rs.getString("currency")),
                            entries));
                });
        return deals;
    }

    /** The stage of the path that lies latest in the process. */
    private String furthestStage(StagePath path) {
        String furthest = null;
        for (StagePath.Stay stay : path.stays()) {
            if (furthest == null || process.positionOf(stay.stage()) > process.positionOf(furthest)) {
                furthest = stay.stage();
            }
        }
        return furthest;
    }
}
