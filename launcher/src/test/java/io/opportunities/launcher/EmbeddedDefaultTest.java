package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's default: the same migrations, mappings and queries on the embedded H2 file database in PostgreSQL
 * mode, so a PostgreSQL-only statement cannot break the README's run command unnoticed.
 */
@SpringBootTest(classes = OpportunitiesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/embedded-default-test/${random.uuid}/opportunities;"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class EmbeddedDefaultTest {

    @LocalServerPort
    int port;

    @Test
    void aDealOpenedOnTheEmbeddedDefault_isInTheDetailHistoryListAndFunnel() {
        Api api = new Api(port);
        Api.Response opened = api.post(ApiTest.REP, "/api/opportunities", ApiTest.openRequest("Acme", "1000", "EUR"));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String id = opened.text("opportunityId");

        JsonNode detail = api.get(ApiTest.REP, "/api/opportunities/" + id + "?minVersion=0").body();
        assertThat(detail.path("customer").asString()).isEqualTo("Acme");
        JsonNode history = api.get(ApiTest.REP, "/api/opportunities/" + id + "/history?minVersion=0").body();
        assertThat(history.path("entries").get(0).path("type").asString()).isEqualTo("OpportunityOpened");
        assertThat(api.get(ApiTest.REP, "/api/opportunities?customer=acme").body().path("content")).isNotEmpty();
        assertThat(api.get(ApiTest.REP, "/api/funnel").body().path("stages").get(0).path("count").asLong())
                .isPositive();
    }
}
