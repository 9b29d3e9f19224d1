package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * If-Match is a precondition (RFC 9110, 13.2.2): a command sent for another version than the deal's answers 412 and
 * stores nothing, whatever it asks and whichever of the deal's rules it would break, on every command endpoint and
 * when many requests race with the same If-Match. Only the request whose If-Match was the deal's version is handled.
 */
class PreconditionApiTest extends ApiTest {

    private static final int RACERS = 50;

    @Autowired
    JdbcClient jdbc;

    /**
     * Fifty requests advance the deal with the same If-Match at once: one is handled, and the 49 others are told that
     * the deal moved on (412), not that it is already in that stage (409 not-a-forward-move, the rule the command
     * would break now).
     */
    @Test
    void fiftyCommandsRacingWithTheSameIfMatch_oneIsHandledAndEveryOtherIsA412() throws Exception {
        String id = open("Precondition Race", "1000", "EUR");
        qualify(id);
        buyingAction(id, "DECISION_MAKER_CONTACTED", "2026-10-03");
        long version = detailAt(id, 2).version();
        long before = events(id);

        List<Api.Response> answers = race(RACERS, () -> api.post(REP, "/api/opportunities/" + id + "/stage/advance",
                map("toStage", "UNDERSTAND_NEED", "occurredOn", "2026-10-04"),
                Map.of("If-Match", "\"" + version + "\"")));

        assertThat(answers.stream().filter(answer -> answer.status() == 200)).hasSize(1);
        answers.stream().filter(answer -> answer.status() != 200).forEach(loser -> {
            assertThat(loser.status()).as(loser.body().toString()).isEqualTo(412);
            assertThat(loser.text("type")).isEqualTo("urn:opportunities:problem:version-conflict");
            assertThat(loser.body().path("expectedVersion").asLong()).isEqualTo(version);
        });
        assertThat(events(id)).isEqualTo(before + 1);
        System.out.printf("If-Match under concurrency: %d requests with one If-Match, 1 handled, %d answered 412%n",
                RACERS, RACERS - 1);
    }

    /** The same race on a command of the closing plan, which a member of the aggregate handles. */
    @Test
    void closingPlanCommandsRacingWithTheSameIfMatch_oneIsHandledAndEveryOtherIsA412() throws Exception {
        String id = open("Precondition Plan Race", "1000", "EUR");
        long before = events(id);
        List<Api.Response> answers = race(RACERS, () -> api.post(REP, "/api/opportunities/" + id + "/risks",
                map("description", "Budget freeze", "category", "CUSTOMER", "occurredOn", "2026-10-04"),
                Map.of("If-Match", "\"0\"")));
        assertThat(answers.stream().filter(answer -> answer.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.status() == 412)).hasSize(RACERS - 1);
        assertThat(events(id)).isEqualTo(before + 1);
    }

    /**
     * Every command endpoint the document lists, sent with a valid body and a stale If-Match (the deal is at version
     * 2, the request names 0 or 5): each answers 412 version-conflict and stores nothing. Rules that would refuse the
     * body anyway (the deal is open, not closed; the ids in the path name nothing) are not even asked.
     */
    @Test
    void everyCommandEndpoint_answersAStaleIfMatchWith412_andStoresNothing() {
        JsonNode docs = api.get(null, "/v3/api-docs").body();
        String id = open("Precondition Everywhere", "1000", "EUR");
        qualify(id);
        buyingAction(id, "DECISION_MAKER_CONTACTED", "2026-10-03");
        long version = detailAt(id, 2).version();
        long before = events(id);
        List<String> checked = new ArrayList<>();
        docs.path("paths").properties().forEach(path -> {
            JsonNode command = path.getValue().path("post");
            if (!path.getKey().startsWith("/api/opportunities/{opportunityId}") || command.isMissingNode()) {
                return;
            }
            JsonNode schema = ApiDocs.resolve(command.path("requestBody").path("content").path("application/json")
                    .path("schema"), docs);
            ObjectNode body = (ObjectNode) ApiDocs.validSample(schema, docs);
            body.put("occurredOn", "2026-10-05");
            String url = path.getKey().replace("{opportunityId}", id).replaceAll("\\{[^}]+}",
                    UUID.randomUUID().toString());
            String sender = path.getKey().endsWith("/reviews") ? MANAGER : REP;
            for (String stale : List.of("\"0\"", "\"" + (version + 3) + "\"")) {
                Api.Response answer = api.post(sender, url, body.toString(), Map.of("If-Match", stale));
                assertThat(answer.status()).as(path.getKey() + " with If-Match " + stale + ": " + answer.body())
                        .isEqualTo(412);
                assertThat(answer.text("type")).isEqualTo("urn:opportunities:problem:version-conflict");
                assertThat(answer.body().path("currentVersion").asLong()).isEqualTo(version);
            }
            checked.add(path.getKey());
        });
        assertThat(checked).hasSizeGreaterThanOrEqualTo(33); // every command but the one that opens a deal
        assertThat(events(id)).isEqualTo(before);
        System.out.printf("Stale If-Match: %d command endpoints, each answered 412 and stored nothing%n",
                checked.size());
    }

    private long events(String opportunityId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(opportunityId).query(Long.class).single();
    }

}
