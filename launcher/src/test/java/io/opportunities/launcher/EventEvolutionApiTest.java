package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: a BuyingActionRecorded of revision 1 (stored before the field was renamed, its buying action
 * type in {@code type}) is written into the event store as it was, and the aggregate, every projection and a rebuild
 * read it as revision 2, through the upcaster.
 */
class EventEvolutionApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOldRevisionStoredInTheDatabase_isReadAsTheNewOneByTheAggregateTheProjectionsAndARebuild() {
        String id = open("Old Events Ltd", "1000", "EUR");
        Map<String, Object> opened = jdbc.sql("""
                        SELECT timestamp, metadata FROM domainevententry
                        WHERE aggregateidentifier = ? AND sequencenumber = 0""")
                .param(id).query().singleRow();
        String buyingActionId = UUID.randomUUID().toString();
        String revision1 = """
                {"opportunityId":"%s","buyingActionId":"%s","type":"DECISION_MAKER_CONTACTED",\
                "description":"CFO met us","evidence":"Minutes of the meeting","recordedBy":"rita",\
                "recordedAt":"2026-10-05T10:00:00Z","occurredOn":"2026-10-05"}""".formatted(id, buyingActionId);
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (?, 1, 'Opportunity', ?, ?, ?, NULL, 'io.opportunities.api.opportunity.BuyingActionRecorded', ?)""")
                .params(id, UUID.randomUUID().toString(), opened.get("metadata"),
                        revision1.getBytes(StandardCharsets.UTF_8), opened.get("timestamp"))
                .update();

        // the deal was kept in memory when it was opened, so the event stored behind its back makes it outdated:
        // the first command decided on it stores nothing (its event meets the stored one's sequence: 409) and drops
        // it from the cache ...
        Map<String, Object> met = map("met", true, "note", "confirmed in the kick-off");
        Api.Response outdated = command(id, "/qualification", map("identifiedNeed", met, "intentToBuyOrReplace", met,
                "funds", met, "timeFrame", met, "occurredOn", "2026-10-02"));
        assertThat(outdated.status()).as(outdated.body().toString()).isEqualTo(409);
        assertThat(outdated.body().path("title").asString()).isEqualTo("Concurrent change");
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
        // ... and the aggregate, read afresh, reads the old event: the exit criterion of IDENTIFY is on record
        qualify(id);
        Api.Response advanced = accepted(id, "/stage/advance", map("toStage", "UNDERSTAND_NEED",
                "occurredOn", "2026-10-06"));
        assertThat(advanced.version()).isGreaterThanOrEqualTo(3);

        // the projections read it
        JsonNode detail = detailAt(id, advanced.version()).body();
        assertThat(detail.path("stage").path("code").asString()).isEqualTo("UNDERSTAND_NEED");
        assertThat(detail.toString()).contains(buyingActionId).contains("DECISION_MAKER_CONTACTED");
        JsonNode history = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=" + advanced.version())
                .body().path("entries");
        JsonNode old = history.get(1);
        assertThat(old.path("type").asString()).isEqualTo("BuyingActionRecorded");
        assertThat(old.path("details").path("buyingActionType").asString()).isEqualTo("DECISION_MAKER_CONTACTED");
        assertThat(old.path("details").has("type")).isFalse();
        assertThat(old.path("summary").asString()).contains("CFO met us");

        // and so does a rebuild; the stored event is still revision 1
        assertThat(api.post(ADMIN, "/api/admin/projections/history/rebuild", map()).status()).isEqualTo(202);
        awaitProjectionsCaughtUp();
        assertThat(api.get(REP, "/api/opportunities/" + id + "/history").body().path("entries")).isEqualTo(history);
        assertThat(new String(jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                        + "AND sequencenumber = 1").param(id).query(byte[].class).single(), StandardCharsets.UTF_8))
                .contains("\"type\":\"DECISION_MAKER_CONTACTED\"");
    }
}
