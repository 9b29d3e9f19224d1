package io.opportunities.platform.web.openapi;

import io.opportunities.platform.messaging.MessageKeys;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.opportunities.platform.web.openapi.HeaderDocumentation.HEADERS;
import static io.opportunities.platform.web.openapi.HeaderDocumentation.PARAMETERS;
import static io.opportunities.platform.web.openapi.HeaderDocumentation.headers;
import static io.opportunities.platform.web.openapi.ProblemDocumentation.EXAMPLE_ID;
import static io.opportunities.platform.web.openapi.ProblemDocumentation.example;
import static io.opportunities.platform.web.openapi.ProblemDocumentation.problem;
import static io.opportunities.platform.web.openapi.ProblemDocumentation.rule;

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
 * method's return type, so the error answers are not written method by method.) This class decides which operation
 * gets what; the headers are described in {@link HeaderDocumentation}, the problems in {@link ProblemDocumentation}.
 */
class HttpConventions implements OpenApiCustomizer, Ordered {

    static final int ORDER = 200;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        components.addSchemas("Problem", ProblemDocumentation.problemSchema());
        components.addSchemas("FieldError", ProblemDocumentation.fieldErrorSchema());
        HeaderDocumentation.requestHeaders().forEach(components::addParameters);
        HeaderDocumentation.responseHeaders().forEach(components::addHeaders);
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

        /** An answer that the deal's state, or what history holds, may forbid. */
        boolean stateDecides() {
            return method == PathItem.HttpMethod.GET
                    && (path.endsWith("/win-loss-review") || path.endsWith("/win-probability")
                    || path.endsWith("/win-probabilities"))
                    || post() && path.equals("/api/admin/win-models");
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
            answers.put(409, problem("The deal's state, or what history holds, forbids it: a review of an open "
                            + "deal, the learned probability of a closed one, or any learned probability before a "
                            + "deal has closed; `rule` says which",
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
}
