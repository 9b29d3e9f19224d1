package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract test can fail: a real answer passes it, and the same answer altered the ways a server could get its
 * contract wrong (an undocumented status, a field left out or added, a null where none may be, a header missing)
 * breaks it.
 */
class ContractApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAnswerAsServed_keepsTheContract_andEveryWayOfBreakingItIsFound() {
        String id = open("Contract Ltd", "1000", "EUR");
        Api.Response served = detailAt(id, 0);
        HttpRequest request = served.raw().request();
        assertThat(Contract.breach(request, served.raw())).isEmpty();

        ObjectNode body = (ObjectNode) served.body();
        assertThat(breach(request, served, 418, body, true)).hasValueSatisfying(breach ->
                assertThat(breach).contains("validation.response.status.unknown"));
        assertThat(breach(request, served, 200, without(body, "stage"), true)).hasValueSatisfying(breach ->
                assertThat(breach).contains("required"));
        assertThat(breach(request, served, 200, body.deepCopy().put("secret", "x"), true)).hasValueSatisfying(breach ->
                assertThat(breach).contains("additionalProperties"));
        assertThat(breach(request, served, 200, body.deepCopy().putNull("customer"), true))
                .hasValueSatisfying(breach -> assertThat(breach).contains("/customer"));
        assertThat(breach(request, served, 200, body.deepCopy().put("opportunityId", "opp-1"), true))
                .hasValueSatisfying(breach -> assertThat(breach).contains("uuid"));
        assertThat(breach(request, served, 200, body, false)).hasValueSatisfying(breach ->
                assertThat(breach).contains("X-Correlation-Id"));
        // null where the document allows it is no breach: the deal has no next step yet
        assertThat(breach(request, served, 200, body.deepCopy().putNull("currentNextStep"), true)).isEmpty();
    }

    /** The description says whom to ask and on which terms (the defaults until an organisation sets its own). */
    @Test
    void theDescriptionNamesItsContactAndLicence() {
        JsonNode info = api.get(null, "/v3/api-docs").body().path("info");
        assertThat(info.path("contact").path("name").asString()).isEqualTo("Sales opportunities team");
        assertThat(info.path("license").path("name").asString()).isEqualTo("No licence granted (all rights reserved)");
        assertThat(info.path("license").path("url").asString()).isEqualTo("https://choosealicense.com/no-permission/");
        assertThat(api.get(null, "/v3/api-docs").body().path("servers").get(0).path("url").asString()).isEqualTo("/");
    }

    private static ObjectNode without(ObjectNode body, String field) {
        ObjectNode copy = body.deepCopy();
        copy.remove(field);
        return copy;
    }

    private static Optional<String> breach(HttpRequest request, Api.Response served, int status, JsonNode body,
                                           boolean withCorrelation) {
        Map<String, List<String>> headers = new LinkedHashMap<>(served.raw().headers().map());
        if (!withCorrelation) {
            headers.remove("x-correlation-id");
            headers.remove("X-Correlation-Id");
        }
        return Contract.breach(request, new Answer(request, status, HttpHeaders.of(headers, (name, value) -> true),
                JSON.writeValueAsString(body)), false);
    }

    /** An answer as a server might have sent it. */
    private record Answer(HttpRequest request, int statusCode, HttpHeaders headers, String body)
            implements HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
