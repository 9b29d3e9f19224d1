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
 * A projection handler that throws on one deal's event does not stop the projection: the event and the deal's later
 * events are put aside in the dead-letter queue, in order, while the other deals go on being projected; an
 * administrator lists them and, once the cause is gone, handles them again.
 */
class DeadLetterApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    private static final String PATH = "/api/admin/dead-letters/" + DeadLetterCheckProjection.NAME;

    @Test
    void aFailingEventIsPutAsideWithItsDealsLaterEvents_theOthersGoOn_andARetryHandlesThemInOrder() {
        String poison = "Poison-" + UUID.randomUUID();
        DeadLetterCheckProjection.FAILING_CUSTOMERS.add(poison);
        String failing = open(poison, "1000", "EUR");
        buyingAction(failing, "BUDGET_ALLOCATED", "2026-10-03");
        String fine = open("Fine-" + UUID.randomUUID(), "2000", "EUR");
        buyingAction(fine, "BUDGET_ALLOCATED", "2026-10-03");
        awaitProjectionsCaughtUp();

        // the other deal is projected; the failing one is in every other projection all the same
        assertThat(DeadLetterCheckProjection.HANDLED.get(fine)).containsExactly(0L, 1L);
        assertThat(DeadLetterCheckProjection.HANDLED).doesNotContainKey(failing);
        assertThat(api.get(REP, "/api/opportunities/" + failing).status()).isEqualTo(200);

        JsonNode queue = api.get(ADMIN, PATH).body();
        JsonNode sequence = sequenceOf(queue, failing);
        assertThat(sequence).hasSize(2);
        assertThat(sequence.get(0).path("eventType").asString()).isEqualTo("OpportunityOpened");
        assertThat(sequence.get(0).path("version").asLong()).isZero();
        assertThat(sequence.get(0).path("causeType").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(sequence.get(0).path("causeMessage").asString()).contains(poison);
        assertThat(sequence.get(1).path("eventType").asString()).isEqualTo("BuyingActionRecorded");
        assertThat(api.get(ADMIN, "/api/admin/dead-letters").body().toString()).contains(failing);
        assertThat(api.get(REP, PATH).status()).isEqualTo(403);
        assertThat(api.post(MANAGER, PATH + "/retry", map()).status()).isEqualTo(403);
        assertThat(api.get(ADMIN, "/api/admin/dead-letters/no-such-projection").status()).isEqualTo(404);

        // still failing: the retry keeps the letters, with the cause
        JsonNode failedAgain = api.post(ADMIN, PATH + "/retry", map()).body();
        assertThat(sequenceOf(api.get(ADMIN, PATH).body(), failing)).hasSize(2);
        assertThat(failedAgain.path("lettersLeft").asLong()).isPositive();

        // the cause fixed, the retry handles them in order and empties the queue of this deal
        DeadLetterCheckProjection.FAILING_CUSTOMERS.remove(poison);
        JsonNode retried = api.post(ADMIN, PATH + "/retry", map()).body();
        assertThat(retried.path("sequencesHandled").asInt()).isPositive();
        assertThat(DeadLetterCheckProjection.HANDLED.get(failing)).containsExactly(0L, 1L);
        assertThat(api.get(ADMIN, PATH).body().toString()).doesNotContain(failing);
    }

    /**
     * The same with a real projection whose SQL fails on PostgreSQL: the history cannot insert an entry that is
     * there already (here put there by hand). The failed statement must not take the batch's transaction with it.
     */
    @Test
    void aProjectionWhoseSqlFailsOnOneDeal_putsItAside_andGoesOnWithTheOthers() {
        String key = UUID.randomUUID().toString();
        // the id a rep's opening with this Idempotency-Key gets (IdempotentRequest derives it from the key)
        String blocked = UUID.nameUUIDFromBytes(("idempotent/" + REP + "/" + key + "/0")
                .getBytes(StandardCharsets.UTF_8)).toString();
        jdbc.sql("""
                        INSERT INTO opportunity_history (opportunity_id, version, event_type, summary, recorded_by,
                            recorded_at, occurred_on, details)
                        VALUES (?, 0, 'Blocker', 'in the way', 'test', CURRENT_TIMESTAMP, DATE '2026-10-01', '{}')""")
                .param(blocked).update();
        Api.Response opened = api.post(REP, "/api/opportunities", openRequest("Blocked Ltd", "1000", "EUR"),
                Map.of("Idempotency-Key", key));
        assertThat(opened.text("opportunityId")).isEqualTo(blocked);
        String fine = open("After the block " + UUID.randomUUID(), "2000", "EUR");
        awaitProjectionsCaughtUp();

        assertThat(api.get(REP, "/api/opportunities/" + fine + "/history").status()).isEqualTo(200);
        JsonNode queue = api.get(ADMIN, "/api/admin/dead-letters/history").body();
        assertThat(sequenceOf(queue, blocked)).hasSize(1);

        // the cause removed, the retry projects it
        jdbc.sql("DELETE FROM opportunity_history WHERE opportunity_id = ? AND event_type = 'Blocker'")
                .param(blocked).update();
        assertThat(api.post(ADMIN, "/api/admin/dead-letters/history/retry", map()).body()
                .path("sequencesHandled").asInt()).isPositive();
        assertThat(api.get(REP, "/api/opportunities/" + blocked + "/history").body().path("entries").get(0)
                .path("type").asString()).isEqualTo("OpportunityOpened");
    }

    private static JsonNode sequenceOf(JsonNode queue, String opportunityId) {
        for (JsonNode sequence : queue.path("sequences")) {
            if (sequence.get(0).path("opportunityId").asString().equals(opportunityId)) {
                return sequence;
            }
        }
        return queue.path("no such sequence");
    }
}
