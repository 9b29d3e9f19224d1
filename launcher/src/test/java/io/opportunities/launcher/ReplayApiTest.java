package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any projection can be thrown away and rebuilt from the event store, and comes back the same: the deals of this
 * test, and the imported public data set with every report that learns from it.
 */
class ReplayApiTest extends ApiTest {

    @Autowired
    Serializer serializer;

    @Test
    void rebuildingEveryProjection_givesBackExactlyTheLiveState() {
        ImportedDataSet.ensureImported(this);
        String owner = "owner-" + UUID.randomUUID();
        String won = openFor(owner, "Acme", "48000");
        qualify(won);
        buyingAction(won, "DECISION_MAKER_CONTACTED", "2026-10-05");
        advance(won, "UNDERSTAND_NEED", "2026-10-06");
        String step = accepted(won, "/next-steps", map("description", "Workshop", "goal", "Key issues",
                "dueOn", "2026-10-20", "customerOwner", "Jane", "occurredOn", "2026-10-07")).text("nextStepId");
        accepted(won, "/next-steps/" + step + "/outcome", map("outcome", "MISSED", "result", "Jane was ill",
                "occurredOn", "2026-10-20"));
        accepted(won, "/won", map("occurredOn", "2026-11-01"));
        String open = openFor(owner, "Globex", "15000");
        accepted(open, "/revisions", map("estimatedValue", map("amount", "17500", "currency", "EUR"),
                "reason", "Two more sites", "occurredOn", "2026-10-08"));
        String withdrawn = openFor(owner, "Initech", "3000");
        accepted(withdrawn, "/withdrawal", map("kind", "DISQUALIFIED", "reason", "No fit",
                "occurredOn", "2026-10-09"));
        awaitProjectionsCaughtUp();
        List<String> ids = List.of(won, open, withdrawn);
        Map<String, JsonNode> live = snapshot(owner, ids);
        live.putAll(importedSnapshot());

        long started = System.nanoTime();
        Api.Response rebuild = api.post(ADMIN, "/api/admin/projections/rebuild", map());
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.body().findValuesAsString("name")).containsExactlyInAnyOrder("opportunities", "history",
                "closing-plan", "timeline", "sales-organisation", DeadLetterCheckProjection.NAME);
        // the rebuild of some 25,000 events takes a while: its progress shows as it goes
        JsonNode during = api.get(ADMIN, "/api/admin/projections").body();
        during.forEach(projection -> {
            if (projection.path("replaying").asBoolean()) {
                assertThat(projection.path("replayProgress").asInt(-1)).as(projection.toString()).isBetween(0, 100);
            }
        });
        assertThat(during.findValues("replaying")).anyMatch(JsonNode::asBoolean);
        awaitProjectionsCaughtUp();
        JsonNode after = api.get(ADMIN, "/api/admin/projections").body();
        assertThat(after.findValues("replayProgress")).allMatch(JsonNode::isNull);
        System.out.printf("Rebuilt %d projections of %d events in %.1f s%n", after.size(),
                after.get(0).path("headPosition").asLong(), (System.nanoTime() - started) / 1e9);

        Map<String, JsonNode> rebuilt = snapshot(owner, ids);
        rebuilt.putAll(importedSnapshot());
        assertThat(rebuilt).isEqualTo(live);
    }

    /** What the reports say of the imported data set: teams, outcomes, calibration, paths, a few deals. */
    private Map<String, JsonNode> importedSnapshot() {
        String range = "closedFrom=2016-01-01&closedTo=2017-12-31";
        Map<String, JsonNode> state = new LinkedHashMap<>();
        state.put("imported funnel by team", api.get(ADMIN, "/api/funnel?groupBy=team").body());
        state.put("imported funnel as of", api.get(ADMIN, "/api/funnel?groupBy=team&asOf=2017-06-30").body());
        state.put("win/loss analysis", api.get(ADMIN, "/api/win-loss/analysis?" + range).body());
        state.put("calibration", api.get(ADMIN, "/api/analytics/calibration?" + range).body());
        state.put("process", api.get(ADMIN, "/api/analytics/process?" + range).body());
        state.put("conversion of a team", api.get(ADMIN, "/api/funnel/conversion?" + range + "&team="
                + ImportApiTest.encode("Melvin Marxen")).body());
        state.put("an owner's list", api.get(ADMIN, "/api/opportunities?size=200&sort=customer&owner="
                + ImportApiTest.encode("Darcel Schlecht")).body());
        for (String externalId : List.of("Z063OYW0", "HAXMC4IX")) {
            String id = CrmCsv.opportunityId(externalId);
            state.put("detail " + externalId, api.get(ADMIN, "/api/opportunities/" + id).body());
            state.put("history " + externalId, api.get(ADMIN, "/api/opportunities/" + id + "/history").body());
        }
        state.values().forEach(body -> assertThat(body.isMissingNode()).isFalse());
        return state;
    }

    @Test
    void aReplayTokenSurvivesTheTokenStoresSerializer() {
        TrackingToken token = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(42),
                new GlobalSequenceTrackingToken(7));
        SerializedObject<byte[]> stored = serializer.serialize(token, byte[].class);
        assertThat(serializer.<byte[], TrackingToken>deserialize(stored)).isEqualTo(token);
    }

    private Map<String, JsonNode> snapshot(String owner, List<String> ids) {
        Map<String, JsonNode> state = new LinkedHashMap<>();
        state.put("list", api.get(owner, "/api/opportunities?owner=" + owner + "&sort=customer").body());
        state.put("funnel", api.get(owner, "/api/funnel?owner=" + owner).body());
        state.put("funnel by quarter", api.get(owner, "/api/funnel?owner=" + owner + "&groupBy=quarter").body());
        state.put("funnel as of", api.get(owner, "/api/funnel?owner=" + owner + "&asOf=2026-10-08").body());
        state.put("funnel as known", api.get(owner, "/api/funnel?owner=" + owner + "&asOf=2026-10-08&knownAt="
                + Instant.now()).body().path("stages"));
        state.put("list as of", api.get(owner, "/api/opportunities?owner=" + owner + "&asOf=2026-10-08").body());
        state.put("conversion", api.get(owner, "/api/funnel/conversion?closedFrom=2026-10-01&closedTo=2026-11-30&owner="
                + owner).body());
        state.put("forecast", api.get(owner, "/api/forecast?owner=" + owner + "&from=2026-Q4&periods=3").body());
        state.put("attention", api.get(owner, "/api/attention?owner=" + owner).body());
        for (String id : ids) {
            state.put("detail " + id, api.get(owner, "/api/opportunities/" + id).body());
            state.put("history " + id, api.get(owner, "/api/opportunities/" + id + "/history").body());
        }
        state.values().forEach(body -> assertThat(body.isMissingNode()).isFalse());
        return state;
    }

    private String openFor(String owner, String customer, String amount) {
        Map<String, Object> request = openRequest(customer, amount, "EUR");
        request.put("owner", owner);
        return owned(api.post(owner, "/api/opportunities", request).text("opportunityId"), owner);
    }
}
