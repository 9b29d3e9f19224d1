package io.opportunities.platform.web.openapi;

import io.opportunities.platform.messaging.MessageKeys;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springframework.http.HttpHeaders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers of the HTTP conventions, each described once as a component that operations refer to: the request
 * headers as parameters ({@code #/components/parameters/...}), the answers' headers as headers
 * ({@code #/components/headers/...}).
 */
final class HeaderDocumentation {

    static final String PARAMETERS = "#/components/parameters/";
    static final String HEADERS = "#/components/headers/";

    private HeaderDocumentation() {
    }

    /** References to the shared headers; {@code true} where the answer always carries it. */
    static Map<String, Header> headers(Map<String, Boolean> required) {
        Map<String, Header> headers = new LinkedHashMap<>();
        required.forEach((name, always) -> headers.put(name, new Header().$ref(HEADERS + headerComponent(name,
                always))));
        return headers;
    }

    private static String headerComponent(String name, boolean always) {
        return switch (name) {
            case HttpHeaders.ETAG -> always ? "ETag" : "ETagIfCurrent";
            case HttpHeaders.LOCATION -> "Location";
            case HttpHeaders.RETRY_AFTER -> "RetryAfter";
            case HttpHeaders.WWW_AUTHENTICATE -> "WWWAuthenticate";
            case "Idempotent-Replayed" -> "IdempotentReplayed";
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Map<String, Parameter> requestHeaders() {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        parameters.put("IfMatch", new HeaderParameter().name(HttpHeaders.IF_MATCH)
                .description("The version of the opportunity the command was decided on, quoted as the ETag of the "
                        + "last answer gave it, e.g. `\"7\"`. If the opportunity is at another version the answer is "
                        + "412 and nothing is stored; without If-Match the command applies to the current version.")
                .schema(new StringSchema().pattern("^(W/)?\"[0-9]{1,19}\"$").example("\"7\"")));
        parameters.put("IfNoneMatch", new HeaderParameter().name(HttpHeaders.IF_NONE_MATCH)
                .description("The ETag of the copy the client holds, e.g. `\"7\"`: while it is still current the "
                        + "answer is 304 without a body.")
                .schema(new StringSchema().example("\"7\"")));
        parameters.put("IdempotencyKey", new HeaderParameter().name("Idempotency-Key")
                .description("Any unique string (1 to 255 printable ASCII characters, e.g. a UUID). A retry with the "
                        + "same key and body answers what the first request answered, with Idempotent-Replayed: "
                        + "true, and stores nothing; the same key with another request is a 422. Kept for 24 hours.")
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$")
                        .example("3f0c9a5e-27b1-4d1e-a2f0-0c1f5a8c9d42")));
        parameters.put("CorrelationId", new HeaderParameter().name(MessageKeys.CORRELATION_HEADER)
                .description("The id of the client's request or workflow (letters, digits, `. _ : -`, at most 64). "
                        + "The answer carries it back, and every event the request stores keeps it as its "
                        + "correlationId; without it, or if it is no such token, the server makes one up.")
                .schema(new StringSchema().maxLength(64).example("crm-sync-4711")));
        return parameters;
    }

    static Map<String, Header> responseHeaders() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("CorrelationId", new Header().required(true)
                .description("The request's correlation id: the one the client sent, or the one the server gave it")
                .schema(new StringSchema().example("crm-sync-4711")));
        headers.put("ETag", new Header().required(true)
                .description("The opportunity's version after the command or as read, quoted: send it as If-Match "
                        + "with the next command and as If-None-Match with the next read")
                .schema(new StringSchema().pattern("^\"[0-9]+\"$").example("\"7\"")));
        headers.put("ETagIfCurrent", new Header()
                .description("The opportunity's version, quoted, when the answer shows its current state (a deal "
                        + "as of a past day has none)")
                .schema(new StringSchema().pattern("^\"[0-9]+\"$").example("\"7\"")));
        headers.put("Location", new Header().required(true)
                .description("Where what the request created can be read, relative to the server")
                .schema(new StringSchema().format("uri-reference").example(ProblemDocumentation.DEAL_PATH)));
        headers.put("IdempotentReplayed", new Header()
                .description("`true` when the answer is the one a request with the same Idempotency-Key got before: "
                        + "nothing was stored this time")
                .schema(new StringSchema()._enum(List.of("true"))));
        headers.put("RetryAfter", new Header().required(true)
                .description("Seconds to wait before the same request may succeed")
                .schema(new StringSchema().pattern("^[0-9]+$").example("2")));
        headers.put("WWWAuthenticate", new Header().required(true)
                .description("The ways to authenticate: HTTP Basic, and bearer tokens where an issuer is configured")
                .schema(new StringSchema().example("Basic realm=\"opportunities\"")));
        return headers;
    }
}
