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

/** Any projection can be thrown away and rebuilt from the event store, and comes back the same. */
class ReplayApiTest extends ApiTest {

    @Autowired
    Serializer serializer;

    @Test
    void rebuildingEveryProjection_givesBackExactlyTheLiveState() {
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

        for (String projection : List.of("opportunities", "history", "closing-plan", "timeline")) {
            assertThat(api.post(ADMIN, "/api/admin/projections/" + projection + "/rebuild", map()).status())
                    .isEqualTo(202);
        }
        awaitProjectionsCaughtUp();

        assertThat(snapshot(owner, ids)).isEqualTo(live);
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
        state.put("list", api.get(REP, "/api/opportunities?owner=" + owner + "&sort=customer").body());
        state.put("funnel", api.get(REP, "/api/funnel?owner=" + owner).body());
        state.put("funnel by quarter", api.get(REP, "/api/funnel?owner=" + owner + "&groupBy=quarter").body());
        state.put("funnel as of", api.get(REP, "/api/funnel?owner=" + owner + "&asOf=2026-10-08").body());
        state.put("funnel as known", api.get(REP, "/api/funnel?owner=" + owner + "&asOf=2026-10-08&knownAt="
                + Instant.now()).body().path("stages"));
        state.put("list as of", api.get(REP, "/api/opportunities?owner=" + owner + "&asOf=2026-10-08").body());
        state.put("conversion", api.get(REP, "/api/funnel/conversion?closedFrom=2026-10-01&closedTo=2026-11-30&owner="
                + owner).body());
        state.put("forecast", api.get(REP, "/api/forecast?owner=" + owner + "&from=2026-Q4&periods=3").body());
        state.put("attention", api.get(REP, "/api/attention?owner=" + owner).body());
        for (String id : ids) {
            state.put("detail " + id, api.get(REP, "/api/opportunities/" + id).body());
            state.put("history " + id, api.get(REP, "/api/opportunities/" + id + "/history").body());
        }
        state.values().forEach(body -> assertThat(body.isMissingNode()).isFalse());
        return state;
    }

    private String openFor(String owner, String customer, String amount) {
        Map<String, Object> request = openRequest(customer, amount, "EUR");
        request.put("owner", owner);
        return api.post(REP, "/api/opportunities", request).text("opportunityId");
    }
}
