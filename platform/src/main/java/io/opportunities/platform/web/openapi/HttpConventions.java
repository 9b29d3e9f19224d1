package io.opportunities.platform.web.openapi;

import io.opportunities.platform.messaging.MessageKeys;
import io.opportunities.platform.web.Problems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTTP conventions every operation follows, documented once and by rule so that no operation leaves one out:
 * <ul>
 *     <li>request headers: {@code X-Correlation-Id} on every operation, {@code Idempotency-Key} on every command
 *     and import, {@code If-Match} on every command on a deal, {@code If-None-Match} on the conditional reads;</li>
 *     <li>the headers of the answers: {@code X-Correlation-Id} on every one, {@code ETag} and
 *     {@code Idempotent-Replayed} on a command's, {@code Location} on what a command or an import created,
 *     {@code ETag} on a conditional read's 200 and 304, {@code Retry-After} on a 503, {@code WWW-Authenticate} on a
 *     401;</li>
 *     <li>every status an operation can answer, each an RFC 9457 problem ({@code application/problem+json}, the
 *     {@code Problem} schema) with an example of that status.</li>
 * </ul>
 * (An {@code @ApiResponse} on a controller method would make springdoc drop the answer it documents from the
 * method's return type, so the error answers are not written method by method.)
 */
class HttpConventions implements OpenApiCustomizer, Ordered {

    static final int ORDER = 200;

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PARAMETERS = "#/components/parameters/";
    private static final String HEADERS = "#/components/headers/";
    private static final String EXAMPLE_ID = "0b6f6a5e-8d0e-4a53-9d59-2f1d4c2f8e11";
    private static final String DEAL_PATH = "/api/opportunities/" + EXAMPLE_ID;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        components.addSchemas("Problem", problemSchema());
        components.addSchemas("FieldError", fieldErrorSchema());
        requestHeaders().forEach(components::addParameters);
        responseHeaders().forEach(components::addHeaders);
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                document(new Kind(path, method, operation), operation);
            }
        }));
    }

    /** What the conventions need to know of an operation, read from its path, method and parameters. */
    private record Kind(String path, PathItem.HttpMethod method, Operation operation) {

        boolean post() {
            return method == PathItem.HttpMethod.POST;
        }

        boolean command() {
            return post() && path.startsWith("/api/opportunities");
        }

        boolean dealCommand() {
            return command() && onDeal();
        }

        boolean opening() {
            return command() && path.equals("/api/opportunities");
        }

        boolean onDeal() {
            return path.contains("{opportunityId}");
        }

        boolean importing() {
            return post() && path.equals("/api/imports");
        }

        boolean administration() {
            return path.startsWith("/api/admin") || path.startsWith("/api/imports");
        }

        boolean identifiesSomething() {
            return path.contains("{");
        }

        boolean hasBody() {
            return operation.getRequestBody() != null;
        }

        /** Read before the shared headers are added: the operation's own parameters, each of which can be wrong. */
        boolean hasParameters() {
            return operation.getParameters() != null && !operation.getParameters().isEmpty();
        }

        boolean conditionalRead() {
            return method == PathItem.HttpMethod.GET
                    && (path.equals("/api/opportunities/{opportunityId}") || path.endsWith("/closing-plan"));
        }

        boolean waitsForVersion() {
            return operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "minVersion".equals(parameter.getName()));
        }

        boolean stateDecides() {
            return method == PathItem.HttpMethod.GET
                    && (path.endsWith("/win-loss-review") || path.endsWith("/win-probability"));
        }

        boolean takesIdempotencyKey() {
            return command() || importing();
        }
    }

    private static void document(Kind kind, Operation operation) {
        boolean validated = kind.hasBody() || kind.hasParameters() || kind.identifiesSomething();
        parameters(kind, operation);
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                successHeaders(kind, status, response);
            }
        });
        Map<Integer, ApiResponse> answers = new TreeMap<>();
        if (kind.conditionalRead()) {
            answers.put(304, new ApiResponse()
                    .description("Not modified: If-None-Match names the current version; the answer has no body")
                    .headers(headers(Map.of(HttpHeaders.ETAG, true))));
        }
        if (validated) {
            answers.put(400, problem("Invalid input: `errors` names each field that is wrong",
                    example(400, "invalid-input", "Invalid input", "The request has invalid fields.",
                            Map.of("errors", List.of(Map.of("field", "evidence", "message", "must not be blank"))))));
        }
        answers.put(401, problem("Not authenticated: send HTTP Basic credentials or a bearer token",
                example(401, "not-authenticated", "Authentication required",
                        "Send the user's credentials with HTTP Basic authentication, or an OAuth2 bearer token where "
                                + "one is configured.", Map.of()))
                .headers(headers(Map.of(HttpHeaders.WWW_AUTHENTICATE, true))));
        answers.put(403, forbidden(kind));
        if (kind.identifiesSomething()) {
            answers.put(404, notFound(kind));
        }
        if (kind.command()) {
            answers.put(409, problem("A business rule forbids it now (`rule` names it, the other members say what "
                            + "to do about it), or another change was stored at the same moment",
                    rule(409, "exit-criteria-missing", "Business rule broken", "To reach SHAPE_VISION the customer "
                                    + "must first have verifiably done: KEY_ISSUES_AGREED. Record these buying "
                                    + "actions, then advance.",
                            Map.of("toStage", "SHAPE_VISION", "missingBuyingActions", List.of("KEY_ISSUES_AGREED")))));
        } else if (kind.stateDecides()) {
            answers.put(409, problem("The deal's state forbids it: a review of an open deal, the learned "
                            + "probability of a closed one; `rule` says which",
                    rule(409, "opportunity-not-closed", "Business rule broken",
                            "Opportunity " + EXAMPLE_ID + " is still open: its review comes once it is closed.",
                            Map.of())));
        }
        if (kind.dealCommand()) {
            answers.put(412, problem("If-Match names another version than the opportunity's: nothing was stored; "
                            + "read it again and decide on the current state",
                    example(412, "version-conflict", "Version conflict", "If-Match names version 6 but the "
                                    + "opportunity is at version 7. Read it again and decide on the current state.",
                            Map.of("expectedVersion", 6, "currentVersion", 7))));
        } else if (kind.waitsForVersion()) {
            answers.put(412, problem("minVersion names a version the opportunity never had",
                    example(412, "unknown-version", "Unknown version", "Opportunity " + EXAMPLE_ID
                            + " has no version 9; its latest is 7.", Map.of("latestVersion", 7))));
        }
        if (kind.post()) {
            // the size limit applies to every request's body, whether the operation reads one or not
            answers.put(413, problem("The body is larger than the server takes",
                    example(413, "request-too-large", "Request too large",
                            "The request body is larger than 1048576 bytes.", Map.of())));
        }
        if (kind.hasBody()) {
            answers.put(415, problem("The body is not of the media type the operation takes",
                    example(415, "unsupported-media-type", "Unsupported Media Type",
                            "Content-Type 'text/plain' is not supported.", Map.of())));
        }
        if (kind.takesIdempotencyKey()) {
            answers.put(422, problem("The Idempotency-Key was used before for another request",
                    rule(422, "idempotency-key-reused", "Idempotency-Key reused", "Idempotency-Key 7f3c was used "
                            + "for another request (another path or body). Use a new key for a new command.",
                            Map.of())));
        }
        answers.put(503, problem(kind.waitsForVersion()
                        ? "The database cannot be reached just now, or the read model did not reach minVersion in "
                        + "time: nothing was stored; retry after Retry-After"
                        : "The database cannot be reached just now: nothing was stored; retry after Retry-After",
                example(503, "unavailable", "Temporarily unavailable",
                        "The database cannot be reached just now; nothing was stored. Retry shortly.", Map.of()))
                .headers(headers(Map.of(HttpHeaders.RETRY_AFTER, true))));

        ApiResponses ordered = new ApiResponses();
        Map<String, ApiResponse> all = new TreeMap<>(responses);
        answers.forEach((status, response) -> all.putIfAbsent(String.valueOf(status), response));
        all.forEach((status, response) -> {
            if (!status.startsWith("2")) {
                correlated(response);
            }
            ordered.addApiResponse(status, response);
        });
        operation.setResponses(ordered);
    }

    private static ApiResponse forbidden(Kind kind) {
        if (kind.administration()) {
            return problem("Only administrators may do this", example(403, "access-denied", "Access denied",
                    "The authenticated user may not do this.", Map.of()));
        }
        if (kind.opening()) {
            return problem("A deal is opened for oneself, or by a manager for a member of their team "
                            + "(`may-not-open-for-owner`); a user without a sales role reads and changes nothing",
                    rule(403, "may-not-open-for-owner", "Access denied", "A deal is opened for oneself, or by a "
                            + "manager for a member of their team; not for sam.", Map.of("owner", "sam")));
        }
        if (kind.dealCommand()) {
            return problem("Only the owner records facts on a deal (`not-the-owner`), only the manager of the "
                            + "owner's team reviews it (`not-the-manager`), only the owner or the manager records its "
                            + "win/loss review, only the owner or an administrator erases personal data; a user "
                            + "without a sales role reads and changes nothing",
                    rule(403, "not-the-owner", "Access denied",
                            "Only the owner of opportunity " + EXAMPLE_ID + " records facts on it.", Map.of()));
        }
        return problem("The user has no sales role (REP, MANAGER or ADMIN)", example(403, "access-denied",
                "Access denied", "The authenticated user may not do this.", Map.of()));
    }

    private static ApiResponse notFound(Kind kind) {
        if (kind.onDeal()) {
            return problem("No such opportunity, or one the user may not see (the answer is the same); or, inside "
                            + "it, no such person, competitor, key point, action, risk, gap, decision or next step; "
                            + "or, as of a past day, a deal not yet opened then",
                    rule(404, "unknown-opportunity", "Unknown opportunity",
                            "There is no opportunity " + EXAMPLE_ID + ".", Map.of()));
        }
        if (kind.path().startsWith("/api/imports")) {
            return problem("No such import", example(404, "unknown-import", "Unknown import",
                    "There is no import " + EXAMPLE_ID + "; GET /api/imports lists the latest.", Map.of()));
        }
        return problem("No such projection", example(404, "unknown-projection", "Unknown projection",
                "There is no projection forecasts; GET /api/admin/projections lists them.", Map.of()));
    }

    private static void parameters(Kind kind, Operation operation) {
        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of()
                : operation.getParameters());
        if (kind.dealCommand()) {
            replaceOrAdd(parameters, HttpHeaders.IF_MATCH, "IfMatch");
        }
        if (kind.conditionalRead()) {
            replaceOrAdd(parameters, HttpHeaders.IF_NONE_MATCH, "IfNoneMatch");
        }
        if (kind.takesIdempotencyKey()) {
            replaceOrAdd(parameters, "Idempotency-Key", "IdempotencyKey");
        }
        replaceOrAdd(parameters, MessageKeys.CORRELATION_HEADER, "CorrelationId");
        operation.setParameters(parameters);
    }

    /** The operation's own declaration of a header (a controller's @RequestHeader) gives way to the shared one. */
    private static void replaceOrAdd(List<Parameter> parameters, String header, String component) {
        Parameter shared = new Parameter().$ref(PARAMETERS + component);
        for (int i = 0; i < parameters.size(); i++) {
            if ("header".equals(parameters.get(i).getIn()) && header.equalsIgnoreCase(parameters.get(i).getName())) {
                parameters.set(i, shared);
                return;
            }
        }
        parameters.add(shared);
    }

    private static void successHeaders(Kind kind, String status, ApiResponse response) {
        Map<String, Boolean> headers = new LinkedHashMap<>();
        if (kind.command()) {
            headers.put(HttpHeaders.ETAG, true);
        }
        if (kind.takesIdempotencyKey()) {
            headers.put("Idempotent-Replayed", false);
        }
        if (status.equals("201") || kind.importing()) {
            headers.put(HttpHeaders.LOCATION, true);
        }
        if (kind.conditionalRead() && status.equals("200")) {
            // a deal as of a past day or as known at a past time has no version to match
            headers.put(HttpHeaders.ETAG, kind.path().endsWith("/closing-plan"));
        }
        response.setHeaders(headers(headers));
        correlated(response);
    }

    private static void correlated(ApiResponse response) {
        if (response.getHeaders() == null) {
            response.setHeaders(new LinkedHashMap<>());
        }
        response.getHeaders().put(MessageKeys.CORRELATION_HEADER, new Header().$ref(HEADERS + "CorrelationId"));
    }

    /** References to the shared headers; {@code true} where the answer always carries it. */
    private static Map<String, Header> headers(Map<String, Boolean> required) {
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

    private static Map<String, Parameter> requestHeaders() {
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

    private static Map<String, Header> responseHeaders() {
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
                .schema(new StringSchema().format("uri-reference").example(DEAL_PATH)));
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

    private static ApiResponse problem(String description, Example example) {
        String name = example.getSummary();
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .examples(Map.of(name, example))));
    }

    private static Example example(int status, String type, String title, String detail, Map<String, Object> more) {
        return example(status, Problems.PROBLEM + type, type, title, detail, more, false);
    }

    private static Example rule(int status, String rule, String title, String detail, Map<String, Object> more) {
        return example(status, Problems.RULE + rule, rule, title, detail, more, true);
    }

    private static Example example(int status, String type, String name, String title, String detail,
                                   Map<String, Object> more, boolean rule) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", DEAL_PATH);
        if (rule) {
            value.put("rule", name);
        }
        value.putAll(new TreeMap<>(more));
        return new Example().summary(name).value(value);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem. `type` names what went wrong: `urn:opportunities:rule:<rule>` for "
                        + "a rule the request breaks (also named in `rule`), `urn:opportunities:problem:<name>` for "
                        + "everything else. A rule's facts stand beside the standard members: the ones listed here, "
                        + "and others a rule names in its detail.")
                .addProperty("type", new StringSchema().format("uri")
                        .pattern("^urn:opportunities:(rule|problem):[a-z0-9-]+$")
                        .description("What went wrong, as a URN a client can switch on")
                        .example("urn:opportunities:rule:exit-criteria-missing"))
                .addProperty("title", new StringSchema().description("A short summary of the problem type")
                        .example("Business rule broken"))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).description("The HTTP status").example(409))
                .addProperty("detail", new StringSchema().description("What happened here, and what to do about it")
                        .example("To reach SHAPE_VISION the customer must first have verifiably done: "
                                + "KEY_ISSUES_AGREED. Record these buying actions, then advance."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request's path, relative to the server").example(DEAL_PATH))
                .addProperty("rule", new StringSchema().description("The business rule the request breaks")
                        .example("exit-criteria-missing"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("400: each field of the request that is wrong"))
                .addProperty("globalErrors", new ArraySchema().items(new StringSchema())
                        .description("400: what is wrong with the request as a whole"))
                .addProperty("missingBuyingActions", new ArraySchema().items(new StringSchema())
                        .description("409 exit-criteria-missing: the buying actions the customer must first have "
                                + "done, as types of GET /api/sales-process"))
                .addProperty("expectedVersion", new IntegerSchema().format("int64")
                        .description("412 version-conflict: the version If-Match named"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("412 version-conflict: the opportunity's version"))
                .addProperty("latestVersion", new IntegerSchema().format("int64")
                        .description("412 unknown-version: the opportunity's latest version"))
                .additionalProperties(true)
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("A field of the request that is wrong, and why")
                .addProperty("field", new StringSchema().description("The field's path in the body, or the "
                        + "parameter's name").example("evidence"))
                .addProperty("message", new StringSchema().example("must not be blank"))
                .required(List.of("field", "message"));
    }
}
