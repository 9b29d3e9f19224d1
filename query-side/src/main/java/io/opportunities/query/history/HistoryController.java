package io.opportunities.query.history;

import io.opportunities.query.access.ReadAccess;
import io.opportunities.query.consistency.NotFound;
import io.opportunities.query.consistency.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Opportunities")
class HistoryController {

    /**
     * @param correlationId the request (or import) the event came from: every event of one request shares it
     * @param causationId   the id of the command that caused the event
     */
    record HistoryEntry(long version, String type, String summary, String recordedBy, Instant recordedAt,
                        LocalDate occurredOn, String correlationId, String causationId,
                        @Schema(ref = "#/components/schemas/" + HistoryDetailsDocumentation.SCHEMA) JsonNode details) {
    }

    record History(String opportunityId, List<HistoryEntry> entries) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ReadYourWrites readYourWrites;
    private final ReadAccess readAccess;

    HistoryController(JdbcClient jdbc, JsonMapper json, ReadYourWrites readYourWrites, ReadAccess readAccess) {
        this.readAccess = readAccess;
        this.jdbc = jdbc;
        this.json = json;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/opportunities/{opportunityId}/history")
    @Operation(summary = "The audited timeline of one opportunity",
            description = "Every event in order, with the actor (recordedBy), when it was recorded (recordedAt), the "
                    + "business date it happened (occurredOn), the request it came from (correlationId: the "
                    + "X-Correlation-Id the command was sent with, or the one the server gave it; an import's id for "
                    + "imported events), the command that caused it (causationId), a readable summary and the "
                    + "event's own fields.")
    History getHistory(@PathVariable UUID opportunityId,
                       @Parameter(description = "Wait until the timeline holds this version (read your own write)")
                       @RequestParam(required = false) @PositiveOrZero Long minVersion, Authentication user) {
        String id = opportunityId.toString();
        readAccess.requireReadable(id, user);
        // max() of no rows is one row holding null: optional() reads it as empty
        readYourWrites.await(id, minVersion, () -> jdbc
                .sql("SELECT max(version) FROM opportunity_history WHERE opportunity_id = ?")
                .param(id).query(Long.class).optional());
        List<HistoryEntry> entries = jdbc.sql("""
                        SELECT version, event_type, summary, recorded_by, recorded_at, occurred_on, correlation_id,
                               causation_id, details
                        FROM opportunity_history WHERE opportunity_id = ? ORDER BY version""")
                .param(id)
                .query((rs, rowNum) -> new HistoryEntry(rs.getLong("version"), rs.getString("event_type"),
                        rs.getString("summary"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("correlation_id"),
                        rs.getString("causation_id"), details(rs.getString("event_type"), rs.getString("details"))))
                .list();
        if (entries.isEmpty()) {
            throw NotFound.opportunity(id);
        }
        return new History(id, entries);
    }

    /** The event's fields as stored, and its name first, by which a client tells the events apart. */
    private JsonNode details(String event, String stored) {
        ObjectNode details = json.createObjectNode().put(HistoryDetailsDocumentation.DISCRIMINATOR, event);
        details.setAll((ObjectNode) json.readTree(stored));
        return details;
    }
}
