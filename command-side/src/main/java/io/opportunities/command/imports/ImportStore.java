package io.opportunities.command.imports;

import io.opportunities.command.imports.ImportReport.Progress;
import io.opportunities.command.imports.ImportReport.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each import's report and progress in the command side's own table, so that any command node can tell how an
 * import goes, and a finished one can be looked up later.
 */
@Component
class ImportStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void started(ImportReport report) {
        jdbc.sql("""
                        INSERT INTO data_import (import_id, source, status, started_by, started_at, deals_total,
                            deals_done, report)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(report.importId(), report.source(), report.status().name(), report.startedBy(),
                        Timestamp.from(report.startedAt()), report.progress().dealsTotal(),
                        json.writeValueAsString(report))
                .update();
    }

    void progressed(String importId, int dealsDone) {
        jdbc.sql("UPDATE data_import SET deals_done = ? WHERE import_id = ?").params(dealsDone, importId).update();
    }

    void finished(ImportReport report) {
        jdbc.sql("""
                        UPDATE data_import SET status = ?, finished_at = ?, deals_done = ?, report = ?
                        WHERE import_id = ?""")
                .params(report.status().name(), Timestamp.from(report.finishedAt()),
                        report.progress().dealsDone(), json.writeValueAsString(report), report.importId())
                .update();
    }

    Optional<ImportReport> find(String importId) {
        return jdbc.sql("SELECT status, deals_total, deals_done, report FROM data_import WHERE import_id = ?")
                .param(importId)
                .query((rs, rowNum) -> report(rs))
                .optional();
    }

    List<ImportReport> recent(int limit) {
        return jdbc.sql("""
                        SELECT status, deals_total, deals_done, report FROM data_import
                        ORDER BY started_at DESC, import_id LIMIT ?""")
                .param(limit)
                .query((rs, rowNum) -> report(rs))
                .list();
    }

    /** The stored report, with the status and progress as the table has them now. */
    private ImportReport report(ResultSet rs) throws SQLException {
        ImportReport stored = json.readValue(rs.getString("report"), ImportReport.class);
        return new ImportReport(stored.importId(), stored.source(), Status.valueOf(rs.getString("status")),
                stored.startedBy(), stored.startedAt(), stored.finishedAt(),
                Progress.of(rs.getInt("deals_total"), rs.getInt("deals_done")), stored.counts(), stored.quirks(),
                stored.assumptions(), stored.rejected(), stored.skipped(), stored.failure());
    }
}
