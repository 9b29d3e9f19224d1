package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection handler that throws on one deal's event does not stop the projection: the event and the deal's later
 * events are put aside in the dead-letter queue, in order, while the other deals go on being projected; an
 * administrator lists them and, once the cause is gone, handles them again.
 */
class DeadLetterApiTest extends ApiTest {

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

    private static JsonNode sequenceOf(JsonNode queue, String opportunityId) {
        for (JsonNode sequence : queue.path("sequences")) {
            if (sequence.get(0).path("opportunityId").asString().equals(opportunityId)) {
                return sequence;
            }
        }
        return queue.path("no such sequence");
    }
}
