package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Deals driven over HTTP from open to won, lost and withdrawn, read back from list, detail, history and funnel. */
class OpportunityLifecycleApiTest extends ApiTest {

    @Test
    void aDealDrivenFromOpenToWon_isWonInDetailAndListAndEveryStepIsInTheHistory() {
        String id = open("Acme Logistics", "48000", "EUR");
        qualify(id);
        buyingAction(id, "DECISION_MAKER_CONTACTED", "2026-10-05");
        advance(id, "UNDERSTAND_NEED", "2026-10-06");
        buyingAction(id, "KEY_INFORMATION_SHARED", "2026-10-10");
        buyingAction(id, "KEY_ISSUES_AGREED", "2026-10-12");
        advance(id, "SHAPE_VISION", "2026-10-13");
        Api.Response agreed = accepted(id, "/next-steps", map("description", "Workshop with the fleet managers",
                "goal", "Agree the three key issues", "dueOn", "2026-10-20", "customerOwner", "Jane Doe",
                "occurredOn", "2026-10-13"));
        String nextStepId = agreed.text("nextStepId");
        accepted(id, "/next-steps/" + nextStepId + "/outcome", map("outcome", "DONE",
                "result", "Three key issues agreed", "occurredOn", "2026-10-20"));
        accepted(id, "/revisions", map("expectedCloseOn", "2027-04-30", "reason", "Board meeting moved to April",
                "occurredOn", "2026-10-21"));
        Api.Response won = accepted(id, "/won", map("wonValue", map("amount", "50000", "currency", "EUR"),
                "occurredOn", "2026-11-02"));
        // the fourteenth event (versions count from 0): three buying actions each raised the closing certainty
        assertThat(won.version()).isEqualTo(13);
        assertThat(won.eTag()).isEqualTo("\"13\"");

        JsonNode detail = detailAt(id, 13).body();
        assertThat(detail.path("status").asString()).isEqualTo("WON");
        assertThat(detail.path("stage").path("code").asString()).isEqualTo("SHAPE_VISION");
        assertThat(detail.path("probability").asInt()).isEqualTo(100);
        assertThat(detail.path("qualified").asBoolean()).isTrue();
        assertThat(detail.path("expectedCloseOn").asString()).isEqualTo("2027-04-30");
        assertThat(detail.path("closedOn").asString()).isEqualTo("2026-11-02");
        assertThat(detail.path("daysInStage").asLong()).isEqualTo(20); // 13 Oct to 2 Nov
        assertThat(detail.path("outcome").path("wonValue").path("amount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(detail.path("buyingActions")).hasSize(3);
        assertThat(detail.path("nextSteps").get(0).path("status").asString()).isEqualTo("DONE");
        assertThat(detail.path("currentNextStep").isNull()).isTrue();

        JsonNode history = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=13").body();
        assertThat(types(history)).containsExactly("OpportunityOpened", "OpportunityQualified",
                "BuyingActionRecorded", "ClosingCertaintyChanged", "StageAdvanced",
                "BuyingActionRecorded", "ClosingCertaintyChanged", "BuyingActionRecorded", "ClosingCertaintyChanged",
                "StageAdvanced", "NextStepAgreed", "NextStepCompleted", "ExpectedCloseDateMoved", "OpportunityWon");
        history.path("entries").forEach(entry -> {
            assertThat(entry.path("recordedBy").asString()).isEqualTo(REP);
            assertThat(entry.path("recordedAt").asString()).isNotBlank();
        });
        JsonNode slip = history.path("entries").get(12);
        assertThat(slip.path("occurredOn").asString()).isEqualTo("2026-10-21");
        assertThat(slip.path("summary").asString())
                .isEqualTo("Expected close date slipped 30 day(s), from 2027-03-31 to 2027-04-30: "
                        + "Board meeting moved to April");
        assertThat(history.path("entries").get(13).path("summary").asString())
                .isEqualTo("Won for 50000 EUR in stage Shape the solution vision.");
    }

    @Test
    void aDealLostToACompetitor_isLostWithItsReasonAndLeavesTheFunnel() {
        String owner = "owner-" + UUID.randomUUID();
        Map<String, Object> request = openRequest("Globex", "12000", "USD");
        request.put("owner", owner);
        String id = owned(api.post(owner, "/api/opportunities", request).text("opportunityId"), owner);
        detailAt(id, 0);
        assertThat(funnelCount(owner, "IDENTIFY")).isEqualTo(1);

        Api.Response lost = accepted(id, "/lost", map("reason", "PRICE", "competitor", "Initech",
                "explanation", "20 % cheaper over three years", "occurredOn", "2026-10-15"));

        JsonNode detail = detailAt(id, lost.version()).body();
        assertThat(detail.path("status").asString()).isEqualTo("LOST");
        assertThat(detail.path("probability").asInt()).isZero();
        assertThat(detail.path("outcome").path("lossReason").asString()).isEqualTo("PRICE");
        assertThat(detail.path("outcome").path("competitor").asString()).isEqualTo("Initech");
        assertThat(funnelCount(owner, "IDENTIFY")).isZero();
        JsonNode history = api.get(owner, "/api/opportunities/" + id + "/history?minVersion=1").body();
        assertThat(history.path("entries").get(1).path("summary").asString())
                .isEqualTo("Lost in stage Identify, reason: price, to Initech. 20 % cheaper over three years");
    }

    @Test
    void aWithdrawnDeal_isReportedApartFromLossesAndCanBeReopened() {
        String id = open("Umbrella", "9000", "EUR");
        Api.Response withdrawn = accepted(id, "/withdrawal", map("kind", "NO_DECISION",
                "reason", "Budget frozen", "occurredOn", "2026-10-10"));
        JsonNode detail = detailAt(id, withdrawn.version()).body();
        assertThat(detail.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(detail.path("outcome").path("withdrawalKind").asString()).isEqualTo("NO_DECISION");
        assertThat(detail.path("outcome").path("lossReason").isNull()).isTrue();

        Api.Response reopened = accepted(id, "/reopening", map("reason", "Budget released",
                "occurredOn", "2026-11-01"));
        detail = detailAt(id, reopened.version()).body();
        assertThat(detail.path("status").asString()).isEqualTo("OPEN");
        assertThat(detail.path("stage").path("code").asString()).isEqualTo("IDENTIFY");
        assertThat(detail.path("outcome").isNull()).isTrue();
    }

    @Test
    void aDealMovedBack_isInTheEarlierStageWithTheReasonInItsHistory() {
        String id = open("Hooli", "30000", "EUR");
        qualify(id);
        buyingAction(id, "DECISION_MAKER_CONTACTED", "2026-10-03");
        advance(id, "UNDERSTAND_NEED", "2026-10-04");
        Api.Response movedBack = accepted(id, "/stage/move-back", map("toStage", "IDENTIFY",
                "reason", "New decision maker after a merger", "occurredOn", "2026-10-09"));

        JsonNode detail = detailAt(id, movedBack.version()).body();
        assertThat(detail.path("stage").path("code").asString()).isEqualTo("IDENTIFY");
        assertThat(detail.path("stageEnteredOn").asString()).isEqualTo("2026-10-09");
        JsonNode last = lastEntry(id, movedBack.version());
        assertThat(last.path("summary").asString())
                .isEqualTo("Moved back from Understand the need to Identify: New decision maker after a merger");
    }

    @Test
    void theDetailAnswers304WhileTheClientsVersionIsCurrent() {
        String id = open("Wayne", "7000", "EUR");
        String eTag = detailAt(id, 0).eTag();
        assertThat(eTag).isEqualTo("\"0\"");

        Api.Response unchanged = api.get(REP, "/api/opportunities/" + id, Map.of("If-None-Match", eTag));
        assertThat(unchanged.status()).isEqualTo(304);

        long version = accepted(id, "/revisions", map("expectedCloseOn", "2027-05-31", "reason", "Later")).version();
        detailAt(id, version);
        assertThat(api.get(REP, "/api/opportunities/" + id, Map.of("If-None-Match", eTag)).status()).isEqualTo(200);
    }

    @Test
    void aRescheduledNextStep_staysCurrentWithItsNewDueDate() {
        String id = open("Stark", "5000", "EUR");
        String stepId = accepted(id, "/next-steps", map("description", "Demo", "goal", "Show the dashboard",
                "dueOn", "2026-10-10", "customerOwner", "Pepper", "occurredOn", "2026-10-02")).text("nextStepId");
        Api.Response rescheduled = accepted(id, "/next-steps/" + stepId + "/outcome", map("outcome", "RESCHEDULED",
                "result", "Customer asked for a later date", "rescheduledTo", "2026-10-17",
                "occurredOn", "2026-10-09"));

        JsonNode current = detailAt(id, rescheduled.version()).body().path("currentNextStep");
        assertThat(current.path("nextStepId").asString()).isEqualTo(stepId);
        assertThat(current.path("dueOn").asString()).isEqualTo("2026-10-17");
        assertThat(current.path("status").asString()).isEqualTo("PENDING");
    }

    /** Call after reading the detail at the latest version: the funnel reads the same projection. */
    private long funnelCount(String owner, String stage) {
        JsonNode funnel = api.get(owner, "/api/funnel?owner=" + owner).body();
        for (JsonNode line : funnel.path("stages")) {
            if (line.path("stage").asString().equals(stage)) {
                return line.path("count").asLong();
            }
        }
        throw new AssertionError("no stage " + stage + " in " + funnel);
    }

    private JsonNode lastEntry(String id, long version) {
        JsonNode entries = api.get(REP, "/api/opportunities/" + id + "/history?minVersion=" + version)
                .body().path("entries");
        return entries.get(entries.size() - 1);
    }

    private static List<String> types(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.path("entries").forEach(entry -> types.add(entry.path("type").asString()));
        return types;
    }
}
