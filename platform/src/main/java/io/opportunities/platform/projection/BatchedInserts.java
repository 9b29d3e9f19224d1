package io.opportunities.platform.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A projection's inserts of one row per event, sent in JDBC batches: where the batch of events is handled at full
 * speed ({@link ProjectionSavepoints#atFullSpeed()}), the rows wait and go to the database together just before the
 * batch commits, one round trip per statement instead of one per event; where events are handled one by one in
 * savepoints, each row is inserted at once, inside its handler's savepoint. A handler that reads or changes rows it
 * may have inserted earlier in the batch calls {@link #flush} first.
 */
public final class BatchedInserts {

    private static final String PENDING = BatchedInserts.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    /** This instance's rows among the batch's resources. */
    private final String key = PENDING + "/" + UUID.randomUUID();

    public BatchedInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a row now, or with the batch's others before it commits. */
    public void insert(String sql, Object... parameters) {
        if (!ProjectionSavepoints.atFullSpeed()) {
            jdbc.update(sql, parameters);
            return;
        }
        pending(CurrentUnitOfWork.get().root()).computeIfAbsent(sql, statement -> new ArrayList<>()).add(parameters);
    }

    /** Sends the rows still waiting in this batch now: from a handler, or from a write made before the commit. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, List<Object[]>> rows = CurrentUnitOfWork.get().root().getResource(key);
            if (rows != null) {
                write(rows);
            }
        }
    }

    private Map<String, List<Object[]>> pending(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(key, name -> {
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            batch.onPrepareCommit(committing -> write(rows));
            return rows;
        });
    }

    private void write(Map<String, List<Object[]>> rows) {
        rows.forEach((sql, parameters) -> {
            if (!parameters.isEmpty()) {
                jdbc.batchUpdate(sql, parameters);
            }
        });
        rows.clear();
    }
}
