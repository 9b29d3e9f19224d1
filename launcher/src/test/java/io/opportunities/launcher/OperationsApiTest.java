package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and front-end developers use besides the API itself: health, metrics, the API's description. */
class OperationsApiTest extends ApiTest {

    @Test
    void healthIsPublicAndShowsEveryEventProcessorWithItsLag() {
        open("Acme", "1000", "EUR");
        awaitProjectionsCaughtUp();

        JsonNode health = api.get(null, "/actuator/health").body();

        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode processors = health.path("components").path("eventProcessors").path("details");
        for (String name : new String[]{"opportunities", "history", "closing-plan", "timeline"}) {
            assertThat(processors.path(name).path("running").asBoolean()).as(name).isTrue();
            assertThat(processors.path(name).path("replaying").asBoolean()).as(name).isFalse();
            assertThat(processors.path(name).path("lag").asLong(-1)).as(name).isZero();
        }
    }

    @Test
    void prometheusMetricsAreForAdministratorsAndIncludeEveryProcessorsLag() {
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get(REP, "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.get(MANAGER, "/actuator/metrics").status()).isEqualTo(403);
        Api.Response metrics = api.get(ADMIN, "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes").contains("event_processor_lag{processor=\"opportunities\"}");
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryEndpointAndSwaggerUiIsServed() {
        JsonNode docs = api.get(null, "/v3/api-docs").body();

        assertThat(docs.path("paths").propertyNames()).contains(
                "/api/opportunities", "/api/opportunities/{opportunityId}",
                "/api/opportunities/{opportunityId}/history", "/api/opportunities/{opportunityId}/qualification",
                "/api/opportunities/{opportunityId}/buying-actions", "/api/opportunities/{opportunityId}/stage/advance",
                "/api/opportunities/{opportunityId}/stage/move-back", "/api/opportunities/{opportunityId}/next-steps",
                "/api/opportunities/{opportunityId}/next-steps/{nextStepId}/outcome",
                "/api/opportunities/{opportunityId}/revisions", "/api/opportunities/{opportunityId}/won",
                "/api/opportunities/{opportunityId}/lost", "/api/opportunities/{opportunityId}/withdrawal",
                "/api/opportunities/{opportunityId}/reopening", "/api/funnel", "/api/sales-process",
                "/api/admin/projections/{name}/rebuild", "/api/admin/projections/rebuild", "/api/imports",
                "/api/imports/{importId}", "/api/opportunities/{opportunityId}/win-loss-reviews",
                "/api/opportunities/{opportunityId}/win-loss-review",
                "/api/opportunities/{opportunityId}/win-probability", "/api/win-loss/analysis",
                "/api/analytics/calibration", "/api/analytics/process", "/api/teams", "/api/customers");
        assertThat(docs.path("components").path("schemas").path("OpenOpportunityRequest")
                .path("properties").path("customer").path("example").asString()).isEqualTo("Acme Logistics");
        assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);

        JsonNode advance = docs.path("paths").path("/api/opportunities/{opportunityId}/stage/advance").path("post");
        assertThat(advance.path("responses").propertyNames()).contains("200", "400", "401", "404", "409", "412");
        assertThat(advance.path("responses").path("409").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(advance.path("responses").path("200").path("content").findValuesAsString("$ref"))
                .contains("#/components/schemas/CommandAccepted");
        JsonNode detail = docs.path("paths").path("/api/opportunities/{opportunityId}").path("get");
        assertThat(detail.path("responses").propertyNames()).contains("200", "400", "401", "404", "412", "503");
        JsonNode story = docs.path("paths").path("/api/opportunities/{opportunityId}/win-loss-review").path("get");
        assertThat(story.path("responses").propertyNames()).contains("200", "401", "404", "409");
        JsonNode imports = docs.path("paths").path("/api/imports").path("post");
        assertThat(imports.path("responses").propertyNames()).contains("202", "400", "401", "403");
    }

    @Test
    void theSalesProcessIsTheConfiguredDefault() {
        JsonNode process = api.get(REP, "/api/sales-process").body();

        assertThat(process.path("stages").findValuesAsString("code"))
                .containsExactly("IDENTIFY", "UNDERSTAND_NEED", "SHAPE_VISION", "AGREE_PLAN", "NEGOTIATE");
        assertThat(process.path("stages").get(0).path("exitCriteria").get(0).asString())
                .isEqualTo("DECISION_MAKER_CONTACTED");
        assertThat(process.path("buyingActionTypes").size()).isEqualTo(15);
    }
}
