package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries and races over HTTP on PostgreSQL: a command sent again with its Idempotency-Key is answered as the first
 * time and stores nothing; two commands racing on the same version of a deal, one wins; and every event names the
 * request it came from and the command that caused it.
 */
class RetriesAndRacesApiTest extends ApiTest {

    private static final int RACES = 200;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetryWithTheSameKeyAndBody_getsTheOriginalAnswerAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = openRequest("Retry Ltd", "9000", "EUR");
        Api.Response first = api.post(REP, "/api/opportunities", request, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        long stored = events();
        Api.Response again = api.post(REP, "/api/opportunities", request, Map.of("Idempotency-Key", key));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.eTag()).isEqualTo(first.eTag());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(stored);

        // a command creating something inside the deal names the same thing again
        String id = first.text("opportunityId");
        Map<String, Object> step = map("description", "Demo", "goal", "Show it", "dueOn", "2027-01-10",
                "customerOwner", "Jane", "occurredOn", "2026-10-06");
        String stepKey = UUID.randomUUID().toString();
        Api.Response agreed = api.post(REP, "/api/opportunities/" + id + "/next-steps", step,
                Map.of("Idempotency-Key", stepKey));
        long afterStep = events();
        Api.Response retried = api.post(REP, "/api/opportunities/" + id + "/next-steps", step,
                Map.of("Idempotency-Key", stepKey));
        assertThat(retried.body()).isEqualTo(agreed.body());
        assertThat(retried.text("nextStepId")).isEqualTo(agreed.text("nextStepId"));
        assertThat(events()).isEqualTo(afterStep);

        // the same key with another body is refused, and stores nothing either
        step.put("description", "Another demo");
        Api.Response reused = api.post(REP, "/api/opportunities/" + id + "/next-steps", step,
                Map.of("Idempotency-Key", stepKey));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.text("rule")).isEqualTo("idempotency-key-reused");
        assertThat(api.post(REP, "/api/opportunities/" + id + "/buying-actions", map("type",
                "DECISION_MAKER_CONTACTED", "description", "d", "evidence", "e"), Map.of("Idempotency-Key", stepKey))
                .status()).isEqualTo(422);
        assertThat(events()).isEqualTo(afterStep);

        // a key is the user's: sam's key of the same name is his own
        Map<String, Object> samsDeal = openRequest("Sam's Ltd", "100", "EUR");
        assertThat(api.post("sam", "/api/opportunities", samsDeal, Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
        assertThat(api.post(REP, "/api/opportunities", request, Map.of("Idempotency-Key", " ".repeat(0)))
                .status()).isEqualTo(400);
    }

    @Test
    void concurrentRetriesWithOneKey_storeTheCommandOnce() throws Exception {
        String id = open("Concurrent Retry", "1000", "EUR");
        String key = UUID.randomUUID().toString();
        Map<String, Object> buyingAction = map("type", "BUDGET_ALLOCATED", "description", "Budget line approved",
                "evidence", "CFO email", "occurredOn", "2026-10-03");
        long before = events();
        List<Api.Response> answers = race(8, () -> api.post(REP, "/api/opportunities/" + id + "/buying-actions",
                buyingAction, Map.of("Idempotency-Key", key)));
        answers.forEach(answer -> assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200));
        assertThat(answers.stream().map(answer -> answer.text("buyingActionId")).distinct()).hasSize(1);
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void commandsRacingOnTheSameVersion_oneWinsEachTime_andNoUpdateIsLost() throws Exception {
        String id = open("Race Ltd", "1000", "EUR");
        long version = 0;
        int won = 0;
        for (int race = 0; race < RACES; race++) {
            String ifMatch = "\"" + version + "\"";
            int round = race;
            List<Api.Response> answers = race(2, () -> api.post(REP, "/api/opportunities/" + id + "/revisions",
                    map("estimatedValue", map("amount", String.valueOf(2000 + round * 2
                            + (int) (Math.random() * 2)), "currency", "EUR"), "reason", "Race " + round,
                            "occurredOn", "2026-10-03"), Map.of("If-Match", ifMatch)));
            List<Api.Response> winners = answers.stream().filter(answer -> answer.status() == 200).toList();
            assertThat(winners).as("race %d: %s", race, answers).hasSize(1);
            answers.stream().filter(answer -> answer.status() != 200).forEach(loser ->
                    assertThat(loser.status()).as(loser.body().toString()).isIn(409, 412));
            version = winners.get(0).version();
            won++;
        }
        assertThat(version).isEqualTo(RACES);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(id).query(Long.class).single()).isEqualTo(RACES + 1L);
        JsonNode history = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=" + version).body();
        assertThat(history.path("entries")).hasSize(RACES + 1);
        System.out.printf("If-Match races: %d run, %d won by exactly one of two commands, 0 lost updates%n",
                RACES, won);
    }

    @Test
    void everyEvent_namesTheRequestItCameFromAndTheCommandThatCausedIt() {
        Api.Response opened = api.post(REP, "/api/opportunities", openRequest("Traced Ltd", "5000", "EUR"),
                Map.of("X-Correlation-Id", "crm-sync-4711"));
        assertThat(opened.header("X-Correlation-Id")).isEqualTo("crm-sync-4711");
        String id = opened.text("opportunityId");
        // a review stores two events: both from one request and one command
        Api.Response reviewed = api.post(MANAGER, "/api/opportunities/" + id + "/reviews", map(
                "answers", map("stageAssessment", "s", "agreedActionsStatus", "a", "blockingIssues", "b",
                        "couldPreventWinning", "c", "requiredToWin", "r"), "findings", "f",
                "actionsAgreed", List.of(map("what", "Call the CFO", "goal", "Budget", "owner", "rita",
                        "dueOn", "2027-01-10", "side", "EXTERNAL", "influences", "DECISION_PROCESS")),
                "nextReviewOn", "2027-01-20", "occurredOn", "2026-10-08"));
        String generated = reviewed.header("X-Correlation-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        // a correlation id that is no plain token is replaced
        Api.Response odd = api.post(REP, "/api/opportunities/" + id + "/buying-actions", map("type",
                        "BUDGET_ALLOCATED", "description", "d", "evidence", "e", "occurredOn", "2026-10-09"),
                Map.of("X-Correlation-Id", "<script>"));
        assertThat(odd.header("X-Correlation-Id")).matches("[0-9a-f-]{36}");

        JsonNode entries = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=" + odd.version()).body()
                .path("entries");
        assertThat(entries.get(0).path("correlationId").asString()).isEqualTo("crm-sync-4711");
        assertThat(entries.get(0).path("recordedBy").asString()).isEqualTo(REP);
        assertThat(entries.get(1).path("correlationId").asString()).isEqualTo(generated);
        assertThat(entries.get(2).path("correlationId").asString()).isEqualTo(generated);
        assertThat(entries.get(1).path("recordedBy").asString()).isEqualTo(MANAGER);
        assertThat(entries.get(1).path("causationId").asString()).isNotBlank()
                .isEqualTo(entries.get(2).path("causationId").asString())
                .isNotEqualTo(entries.get(0).path("causationId").asString());
        // the metadata of the stored events says the same
        List<String> stored = jdbc.sql("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? "
                        + "ORDER BY sequencenumber")
                .param(id).query((rs, rowNum) -> new String(rs.getBytes("metadata"))).list();
        assertThat(stored.get(0)).contains("crm-sync-4711").contains("causationId").doesNotContain("actorRoles");
    }


    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
