package io.opportunities.query.funnel;

import io.opportunities.query.timeline.DealState;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Today's learned chance of winning of an open deal, from the figures its row holds, for the reports that read many
 * deals at once. What history teaches provides it; the reports only ask.
 */
public interface LearnedChance {

    /** An open deal's figures as its row holds them today. */
    record Deal(String opportunityId, String stage, LocalDate stageEnteredOn, LocalDate openedOn, int probability,
                @Nullable String owner, @Nullable String product) {
    }

    /** The columns of the opportunity row {@link #of(ResultSet)} reads, for a query's select list. */
    String COLUMNS = "o.opportunity_id, o.stage, o.stage_entered_on, o.opened_on, o.probability, o.owner, o.product";

    /** The figures of the deal in the current row of an opportunity query that selects {@link #COLUMNS}. */
    static Deal of(ResultSet rs) throws SQLException {
        return new Deal(rs.getString("opportunity_id"), rs.getString("stage"),
                rs.getObject("stage_entered_on", LocalDate.class), rs.getObject("opened_on", LocalDate.class),
                rs.getInt("probability"), rs.getString("owner"), rs.getString("product"));
    }

    /** The figures of a deal as a fold of its timeline leaves them. */
    static Deal of(DealState deal) {
        return new Deal(deal.opportunityId(), deal.stage(), deal.stageEnteredOn(), deal.openedOn(),
                deal.probability(), deal.owner(), deal.product());
    }

    /** Today's chances, 0 to 1; empty while no deal has closed to learn from. */
    Optional<ToDoubleFunction<Deal>> today();
}
