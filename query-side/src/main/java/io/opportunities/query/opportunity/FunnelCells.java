package io.opportunities.query.opportunity;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the open deals' totals per owner, stage and currency ({@code funnel_cell}) in step with the opportunity
 * rows. Each row change adds its difference to the batch's deltas; the deltas are written once, just before the
 * batch commits, in the order of their keys, so that two segments committing at once lock the cells they share in
 * the same order and never deadlock.
 */
@Component
class FunnelCells {

    private static final String DELTAS = FunnelCells.class.getName() + ".deltas";

    /** What one open deal adds to its cell. */
    record Contribution(String owner, String stage, String currency, BigDecimal amount, BigDecimal weighted,
                        int overridden) {

        /** The row's contribution, or null when it adds nothing (closed, or no row yet). */
        static Contribution of(OpportunityRow row) {
            if (row == null || !"OPEN".equals(row.status)) {
                return null;
            }
            return new Contribution(row.owner, row.stage, row.currency, row.estimatedAmount,
                    row.estimatedAmount.multiply(BigDecimal.valueOf(row.probability)),
                    row.certaintyOverride == null ? 0 : 1);
        }

        String key() {
            return owner + '\u0000' + stage + '\u0000' + currency;
        }
    }

    private record Delta(String owner, String stage, String currency, long deals, BigDecimal total,
                         BigDecimal weighted, long overridden) {

        Delta plus(Delta other) {
            return new Delta(owner, stage, currency, deals + other.deals, total.add(other.total),
                    weighted.add(other.weighted), overridden + other.overridden);
        }

        boolean none() {
            return deals == 0 && total.signum() == 0 && weighted.signum() == 0 && overridden == 0;
        }
    }

    private final JdbcClient jdbc;

    FunnelCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that a row went from contributing {@code before} to contributing {@code after}. */
    void changed(Contribution before, Contribution after) {
        if (before != null && before.equals(after)) {
            return;
        }
        Map<String, Delta> deltas = deltas();
        if (before != null) {
            deltas.merge(before.key(), new Delta(before.owner(), before.stage(), before.currency(), -1,
                    before.amount().negate(), before.weighted().negate(), -before.overridden()), Delta::plus);
        }
        if (after != null) {
            deltas.merge(after.key(), new Delta(after.owner(), after.stage(), after.currency(), 1, after.amount(),
                    after.weighted(), after.overridden()), Delta::plus);
        }
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM funnel_cell").update();
    }

    private Map<String, Delta> deltas() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(DELTAS, key -> {
            Map<String, Delta> deltas = new TreeMap<>();
            unitOfWork.root().onPrepareCommit(committing -> write(deltas));
            return deltas;
        });
    }

    private void write(Map<String, Delta> deltas) {
        deltas.values().stream().filter(delta -> !delta.none()).forEach(delta -> {
            // a new cell starts at zero; two segments may both create it, and the second one's insert does nothing
            jdbc.sql("""
                            INSERT INTO funnel_cell (owner, stage, currency, deals, total, weighted, overridden)
                            VALUES (?, ?, ?, 0, 0, 0, 0) ON CONFLICT DO NOTHING""")
                    .params(delta.owner(), delta.stage(), delta.currency())
                    .update();
            jdbc.sql("""
                            UPDATE funnel_cell SET deals = deals + ?, total = total + ?, weighted = weighted + ?,
                                overridden = overridden + ?
                            WHERE owner = ? AND stage = ? AND currency = ?""")
                    .params(delta.deals(), delta.total(), delta.weighted(), delta.overridden(), delta.owner(),
                            delta.stage(), delta.currency())
                    .update();
        });
    }
}
