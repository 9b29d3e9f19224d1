package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.opportunities.launcher.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input and broken rules: a clear RFC 9457 problem, the right status, and no event stored. */
class RejectionApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void invalidFields_are400WithEveryFieldErrorAndStoreNothing() {
        long before = allEvents();
        Map<String, Object> request = openRequest("", "-5", "EUX");
        request.put("expectedCloseOn", null);

        Api.Response response = api.post(REP, "/api/opportunities", request);

        assertProblem(response, 400);
        assertThat(response.body().path("errors").findValuesAsString("field"))
                .contains("customer", "estimatedValue.amount", "estimatedValue.currency", "expectedCloseOn");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownCurrencyOrTooManyDecimals_are400() {
        assertProblem(api.post(REP, "/api/opportunities", openRequest("Acme", "100", "XYZ")), 400);
        assertProblem(api.post(REP, "/api/opportunities", openRequest("Acme", "100.5", "JPY")), 400);
    }

    @Test
    void malformedJsonUnknownFieldsAndUnknownEnumValues_are400WithoutClassNames() {
        assertProblem(api.post(REP, "/api/opportunities", "{\"customer\": "), 400);

        Map<String, Object> unknownField = openRequest("Acme", "100", "EUR");
        unknownField.put("discount", 50);
        Api.Response unknown = api.post(REP, "/api/opportunities", unknownField);
        assertProblem(unknown, 400);
        assertThat(unknown.text("detail")).isEqualTo("Unknown field 'discount'.");

        Map<String, Object> unknownSignal = openRequest("Acme", "100", "EUR");
        unknownSignal.put("warningSignal", map("type", "RUMOUR", "description", "heard it"));
        Api.Response badEnum = api.post(REP, "/api/opportunities", unknownSignal);
        assertProblem(badEnum, 400);
        assertThat(badEnum.text("detail")).startsWith("Field 'warningSignal.type' must be one of: CHANGE_IN_PEOPLE");
        assertThat(badEnum.body().toString()).doesNotContain("io.opportunities");
    }

    @Test
    void advancingWithoutTheExitCriteria_is409NamingWhatIsMissing() {
        String id = open("Acme", "1000", "EUR");
        qualify(id);
        long before = eventsOf(id);

        Api.Response response = command(id, "/stage/advance", map("toStage", "SHAPE_VISION"));

        assertProblem(response, 409);
        assertThat(response.text("rule")).isEqualTo("exit-criteria-missing");
        assertThat(response.body().path("missingBuyingActions").valueStream().map(JsonNode::asString))
                .containsExactly("DECISION_MAKER_CONTACTED", "KEY_INFORMATION_SHARED", "KEY_ISSUES_AGREED");
        assertThat(eventsOf(id)).isEqualTo(before);
    }

    @Test
    void aStaleIfMatch_is412AndStoresNothing() {
        String id = open("Acme", "1000", "EUR");
        buyingAction(id, "BUDGET_ALLOCATED", "2026-10-03"); // not a milestone: one event, version 1

        Api.Response stale = api.post(REP, "/api/opportunities/" + id + "/buying-actions",
                map("type", "KEY_ISSUES_AGREED", "description", "d", "evidence", "e"), Map.of("If-Match", "\"0\""));

        assertProblem(stale, 412);
        assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(eventsOf(id)).isEqualTo(2);

        Api.Response current = api.post(REP, "/api/opportunities/" + id + "/buying-actions",
                map("type", "KEY_ISSUES_AGREED", "description", "d", "evidence", "e"), Map.of("If-Match", "\"1\""));
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.eTag()).isEqualTo("\"2\"");
    }

    @Test
    void anIfMatchThatIsNoVersion_is400() {
        String id = open("Acme", "1000", "EUR");
        Api.Response response = api.post(REP, "/api/opportunities/" + id + "/buying-actions",
                map("type", "KEY_ISSUES_AGREED", "description", "d", "evidence", "e"), Map.of("If-Match", "\"abc\""));
        assertProblem(response, 400);
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void aCommandOnAClosedDeal_is409() {
        String id = open("Acme", "1000", "EUR");
        accepted(id, "/won", map("occurredOn", "2026-10-05"));
        Api.Response response = command(id, "/buying-actions", map("type", "KEY_ISSUES_AGREED",
                "description", "d", "evidence", "e"));
        assertProblem(response, 409);
        assertThat(response.text("rule")).isEqualTo("opportunity-closed");
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void unknownOpportunitiesAndNextSteps_are404AndInvalidIds400() {
        String unknown = "/api/opportunities/7d1f5a8e-0000-4000-8000-000000000000";
        assertProblem(api.post(REP, unknown + "/won", map()), 404);
        assertProblem(api.get(REP, unknown), 404);
        assertProblem(api.get(REP, unknown + "/history"), 404);
        assertProblem(api.get(REP, "/api/opportunities/not-a-uuid"), 400);

        String id = open("Acme", "1000", "EUR");
        Api.Response step = command(id, "/next-steps/7d1f5a8e-0000-4000-8000-000000000001/outcome",
                map("outcome", "DONE", "result", "done"));
        assertProblem(step, 404);
        assertThat(step.text("rule")).isEqualTo("unknown-next-step");
    }

    @Test
    void aVersionTheDealNeverHad_is412OnRead() {
        String id = open("Acme", "1000", "EUR");
        Api.Response response = api.get(REP, "/api/opportunities/" + id + "?minVersion=7");
        assertProblem(response, 412);
        assertThat(response.body().path("latestVersion").asLong()).isZero();
    }

    @Test
    void withoutCredentials_is401AsAProblem() {
        Api.Response response = api.get(null, "/api/opportunities");
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.get(null, "/api/opportunities", Map.of("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("nobody:nobody".getBytes()))), 401);
    }

    @Test
    void theAdministrationIsForAdministratorsOnly() {
        assertProblem(api.get(REP, "/api/admin/projections"), 403);
        assertProblem(api.get(REP, "/api/admin/projections/history"), 403);
        // beside the backend's five, the tests' own projection of DeadLetterApiTest
        assertThat(api.get(ADMIN, "/api/admin/projections").body().findValuesAsString("name"))
                .containsExactlyInAnyOrder("opportunities", "history", "closing-plan", "timeline", "sales-organisation",
                        DeadLetterCheckProjection.NAME);
        Api.Response history = api.get(ADMIN, "/api/admin/projections/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text("name")).isEqualTo("history");
        assertThat(history.body().path("running").asBoolean()).isTrue();
        assertProblem(api.get(ADMIN, "/api/admin/projections/nothing"), 404);
        assertProblem(api.post(ADMIN, "/api/admin/projections/nothing/rebuild", map()), 404);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("title")).isNotBlank();
    }

    private long eventsOf(String opportunityId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(opportunityId).query(Long.class).single();
    }

    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
