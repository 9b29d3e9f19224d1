package io.opportunities.query.learning;

import io.opportunities.query.team.DealFilter;
import io.opportunities.query.timeline.Timeline;
import io.opportunities.query.timeline.TimelineEntry;
import io.opportunities.query.winloss.ClosedDeals;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads every deal the filter selects, open or closed, with its whole timeline: what snapshots are folded from. */
@Component
class DealHistories {

    private final JdbcClient jdbc;
    private final Timeline timeline;

    DealHistories(JdbcClient jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    List<DealHistory> of(DealFilter filter) {
        return read(timeline.timelinesOf(filter), "1 = 1" + filter.conditions("o"), filter.parameters());
    }

    /** The deals named, in the order named; those that do not exist are left out. */
    List<DealHistory> of(List<String> opportunityIds) {
        if (opportunityIds.isEmpty()) {
            return List.of();
        }
        Map<String, DealHistory> byId = new HashMap<>();
        read(timeline.timelinesOf(opportunityIds), "o.opportunity_id IN (:ids)", Map.of("ids", opportunityIds))
                .forEach(deal -> byId.put(deal.opportunityId(), deal));
        return opportunityIds.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    private List<DealHistory> read(Map<String, List<TimelineEntry>> timelines, String condition,
                                   Map<String, ?> parameters) {
        List<DealHistory> deals = new ArrayList<>();
        jdbc.sql("SELECT o.opportunity_id, o.owner, o.product, o.customer, o.title, "
                        + ClosedDeals.CUSTOMER_SECTOR + " AS sector"
                        + " FROM opportunity o WHERE " + condition + " ORDER BY o.opportunity_id")
                .params(parameters)
                .query((RowCallbackHandler) rs -> deals.add(new DealHistory(rs.getString("opportunity_id"),
                        rs.getString("owner"), rs.getString("product"), rs.getString("sector"),
                        rs.getString("customer"), rs.getString("title"),
                        timelines.getOrDefault(rs.getString("opportunity_id"), List.of()))));
        return deals;
    }
}
