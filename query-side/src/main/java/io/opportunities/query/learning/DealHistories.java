package io.opportunities.query.learning;

import io.opportunities.query.team.DealFilter;
import io.opportunities.query.timeline.Timeline;
import io.opportunities.query.timeline.TimelineEntry;
import io.opportunities.query.winloss.ClosedDeals;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
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
        Map<String, List<TimelineEntry>> timelines = timeline.timelinesOf(filter);
        List<DealHistory> deals = new ArrayList<>();
        jdbc.sql("SELECT o.opportunity_id, o.owner, o.product, " + ClosedDeals.CUSTOMER_SECTOR + " AS sector"
                        + " FROM opportunity o WHERE 1 = 1" + filter.conditions("o") + " ORDER BY o.opportunity_id")
                .params(filter.parameters())
                .query((RowCallbackHandler) rs -> deals.add(new DealHistory(rs.getString("opportunity_id"),
                        rs.getString("owner"), rs.getString("product"), rs.getString("sector"),
                        timelines.getOrDefault(rs.getString("opportunity_id"), List.of()))));
        return deals;
    }
}
