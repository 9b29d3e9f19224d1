package io.opportunities.launcher;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The contract test: every answer an HTTP test receives from the API is checked against the document the running app
 * serves at /v3/api-docs, with Atlassian's swagger-request-validator: its status is documented for that operation,
 * its content type too, its body is valid against the schema (no field left undocumented, formats such as
 * {@code uuid} and {@code date} checked), and every header the document says it always carries is there. An answer
 * that breaks the contract fails the test that received it. Paths the document does not describe (a fuzzed
 * {@code %2e%2e%2f} for an id) are no operation's answers and are counted apart.
 */
final class Contract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final AtomicInteger VALIDATED = new AtomicInteger();
    private static final AtomicInteger BROKEN = new AtomicInteger();
    private static final AtomicInteger NOT_AN_OPERATION = new AtomicInteger();
    private static final Map<String, AtomicInteger> BY_STATUS = new ConcurrentHashMap<>();

    private Contract() {
    }

    /** Fails with what is wrong if an answer of the API breaks the contract. */
    static void check(HttpRequest request, HttpResponse<String> response) {
        breach(request, response).ifPresent(breach -> {
            throw new AssertionError(breach);
        });
    }

    /**
     * What is wrong with an answer of the API, if anything; anything else (health, the document itself) is not the
     * contract's.
     */
    static Optional<String> breach(HttpRequest request, HttpResponse<String> response) {
        return breach(request, response, true);
    }

    /** The same; an answer a test made up to see the contract catch it is not counted among those the API gave. */
    static Optional<String> breach(HttpRequest request, HttpResponse<String> response, boolean counted) {
        URI uri = request.uri();
        if (!uri.getRawPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, Contract::validatorFor);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        ValidationReport report = validator.validateResponse(uri.getRawPath(),
                Request.Method.valueOf(request.method()), answer.build());
        if (report.getMessages().stream().anyMatch(message -> message.getKey().equals("validation.request.path.missing")
                || message.getKey().equals("validation.request.operation.notAllowed"))) {
            if (counted) {
                NOT_AN_OPERATION.incrementAndGet();
            }
            return Optional.empty();
        }
        if (counted) {
            VALIDATED.incrementAndGet();
            BY_STATUS.computeIfAbsent(String.valueOf(response.statusCode()), status -> new AtomicInteger())
                    .incrementAndGet();
        }
        if (!report.hasErrors()) {
            return Optional.empty();
        }
        if (counted) {
            BROKEN.incrementAndGet();
        }
        return Optional.of("The answer to " + request.method() + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " breaks the API's contract:\n"
                + report.getMessages().stream()
                .map(message -> "  " + message.getKey() + ": " + message.getMessage())
                .collect(Collectors.joining("\n"))
                + "\nstatus " + response.statusCode() + ", body: " + abbreviated(response.body()));
    }

    /** What was checked so far, for the summary at the end of the test run. */
    static String summary() {
        return String.format("Contract: %d answers validated against /v3/api-docs (by status %s), %d broke it; %d "
                        + "answers to paths the document does not describe", VALIDATED.get(), new TreeMap<>(BY_STATUS),
                BROKEN.get(), NOT_AN_OPERATION.get());
    }

    static int validated() {
        return VALIDATED.get();
    }

    private static OpenApiInteractionValidator validatorFor(String base) {
        try {
            HttpResponse<String> document = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new AssertionError("/v3/api-docs answered " + document.statusCode() + ": " + document.body());
            }
            return OpenApiInteractionValidator
                    .createForInlineApiSpecification(strictNullableReferences(document.body()))
                    .withLevelResolver(LevelResolver.create()
                            // every field an answer carries is documented: a generated client drops no other
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A nullable reference reads in OpenAPI 3.0 as {@code {type: object, nullable: true, allOf: [{$ref: ...}]}}: that
     * is how client generators and linters know it (TypeScript {@code X | null}, Java a nullable field). A JSON Schema
     * validator reads it strictly: {@code nullable} lets null past the {@code type}, and the {@code allOf} still
     * refuses it. The validator is given the same meaning in the form it reads: the referenced schema, or null and
     * nothing else.
     */
    static String strictNullableReferences(String document) {
        JsonNode tree = JSON.readTree(document);
        rewrite(tree);
        return JSON.writeValueAsString(tree);
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("nullable").asBoolean(false) && object.path("allOf").size() == 1
                    && object.path("allOf").get(0).has("$ref")) {
                ObjectNode onlyNull = JSON.createObjectNode().put("type", "object").put("nullable", true);
                onlyNull.putArray("enum").addNull();
                object.putArray("anyOf").add(object.path("allOf").get(0)).add(onlyNull);
                object.remove("allOf");
                object.remove("nullable");
                object.remove("type");
            }
        }
        node.forEach(Contract::rewrite);
    }

    private static String abbreviated(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
