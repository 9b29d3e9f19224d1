package io.opportunities.launcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every endpoint the API documents (read from /v3/api-docs, so a new endpoint is fuzzed as soon as it
 * exists): malformed JSON, wrong types, missing and unknown fields, huge strings and bodies, deep nesting, unknown
 * enum values, negative and overflowing amounts, invalid currencies, dates far in the past or future or impossible,
 * invalid ids, wrong content types, bad query parameters. Every answer must be a 4xx RFC 9457 problem (never a 5xx,
 * never a 2xx), and no event may be stored.
 */
class FuzzApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();
    private int tried;

    @Test
    void everyEndpoint_answersBadInputWithAProblem_neverA5xxOrA2xx_andStoresNothing() {
        JsonNode docs = api.get(null, "/v3/api-docs").body();
        String deal = open("Fuzz Ltd", "1000", "EUR");
        awaitProjectionsCaughtUp();
        long events = events();

        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                JsonNode spec = operation.getValue();
                List<String> urls = urls(path.getKey(), deal);
                for (int i = 0; i < urls.size(); i++) {
                    if (method.equals("GET")) {
                        fuzzQuery(urls.get(i), spec, i == 0);
                    } else if (method.equals("POST")) {
                        fuzzBody(urls.get(i), spec, docs, i == 0);
                    }
                }
            }
        }
        System.out.printf("Fuzz: %d bad requests over %d documented paths, %d answered wrongly%n", tried,
                docs.path("paths").size(), failures.size());
        assertThat(failures).as("answers that were no 4xx problem").isEmpty();
        assertThat(events()).as("events stored by bad input").isEqualTo(events);
    }

    /** A body sent in chunks, without its length, is read no further than the limit, with or without a key. */
    @Test
    void aChunkedBodyOverTheLimit_isRefusedAsAProblem_andStoresNothing() throws Exception {
        String deal = open("Chunked Ltd", "1000", "EUR");
        long events = events();
        byte[] body = ("{\"type\": \"BUDGET_ALLOCATED\", \"description\": \"" + "d".repeat(2_000_000)
                + "\", \"evidence\": \"e\"}").getBytes(StandardCharsets.UTF_8);
        for (Map<String, String> headers : List.of(Map.<String, String>of(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()))) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/opportunities/" + deal + "/buying-actions"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("rita:rita".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(headers + " " + response.body()).isIn(400, 413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(events()).isEqualTo(events);
    }

    /** The path with its ids: the rep's own deal where the path names a deal (so only the input is wrong), else bad ids. */
    private static List<String> urls(String template, String deal) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        List<String> urls = new ArrayList<>();
        String own = template.replace("{opportunityId}", deal);
        urls.add(own.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
        for (String bad : List.of("not-a-uuid", "%2e%2e%2f%2e%2e", "1", "a".repeat(300), "%00", "'%20OR%201=1--")) {
            urls.add(template.replaceAll("\\{[^}]+}", bad));
        }
        return urls;
    }

    /** @param full every bad value of every parameter, or (on a path with bad ids) the path alone */
    private void fuzzQuery(String url, JsonNode spec, boolean full) {
        send("GET", url, null, null);
        if (!full) {
            return;
        }
        List<String> names = new ArrayList<>();
        spec.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asString().equals("query")) {
                names.add(parameter.path("name").asString());
            }
        });
        for (String name : names) {
            for (String value : List.of("", "x", "-1", "99999999999999999999999999", "2026-13-45", "+999999999-01-01",
                    "0000-00-00", "1e400", "NaN", "a".repeat(5000), "%00", "asc,desc,up", "2026-Q9", "<script>")) {
                String separator = url.contains("?") ? "&" : "?";
                send("GET", url + separator + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), null, null);
            }
        }
    }

    /** @param full every bad body, or (on a path with bad ids) a few */
    private void fuzzBody(String url, JsonNode spec, JsonNode docs, boolean full) {
        JsonNode schema = ApiDocs.resolve(spec.path("requestBody").path("content").path("application/json").path("schema"), docs);
        boolean multipart = spec.path("requestBody").path("content").has("multipart/form-data");
        if (!full) {
            send("POST", url, "{", "application/json");
            send("POST", url, schema.isMissingNode() ? "{}" : ApiDocs.sample(schema, docs, 0).toString(), "application/json");
            return;
        }
        // whatever the body: malformed, the wrong shape, the wrong content type, too big, too deep
        for (String body : List.of("", "{", "{\"a\":", "[]", "null", "\"text\"", "42", "{\"occurredOn\": {}}",
                "[".repeat(100_000), "{\"x\":\"" + "y".repeat(2_000_000) + "\"}", "\u0000\u0001", "{\"a\":1,\"a\":2}")) {
            send("POST", url, body, "application/json");
        }
        send("POST", url, "{}", "text/plain");
        send("POST", url, "<deal/>", "application/xml");
        send("POST", url, "a=1", "application/x-www-form-urlencoded");
        if (multipart) {
            send("POST", url, "--x\r\nContent-Disposition: form-data; name=\"sales_pipeline\"\r\n\r\nnot,csv\r\n--x--\r\n",
                    "multipart/form-data; boundary=x");
            send("POST", url, "garbage", "multipart/form-data; boundary=x");
        }
        if (schema.isMissingNode()) {
            return;
        }
        ObjectNode base = (ObjectNode) ApiDocs.sample(schema, docs, 0);
        ObjectNode unknown = base.deepCopy();
        unknown.put("password", "hunter2");
        send("POST", url, unknown.toString(), "application/json");
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").properties().iterator();
             fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode fieldSchema = ApiDocs.resolve(field.getValue(), docs);
            for (JsonNode bad : badValues(fieldSchema, docs)) {
                ObjectNode mutated = base.deepCopy();
                mutated.set(field.getKey(), bad);
                send("POST", url, mutated.toString(), "application/json");
            }
            // and a required field missing (an optional one may well be left out)
            if (schema.path("required").toString().contains("\"" + field.getKey() + "\"")) {
                ObjectNode missing = base.deepCopy();
                missing.remove(field.getKey());
                send("POST", url, missing.toString(), "application/json");
            }
        }
    }

    /** Values the field must refuse, by its type and format. */
    private static List<JsonNode> badValues(JsonNode schema, JsonNode docs) {
        List<JsonNode> values = new ArrayList<>();
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        values.add(type.equals("string") ? NODES.objectNode() : NODES.stringNode("wrong type"));
        values.add(NODES.arrayNode().add(NODES.objectNode()));
        if (type.equals("string")) {
            values.add(NODES.stringNode(HUGE));
            if (format.equals("date")) {
                for (String date : List.of("0001-01-01", "9999-12-31", "+100000-01-01", "2026-02-30", "yesterday",
                        "1899-12-31")) {
                    values.add(NODES.stringNode(date));
                }
            } else if (format.equals("uuid")) {
                values.add(NODES.stringNode("not-a-uuid"));
            } else if (schema.has("enum")) {
                values.add(NODES.stringNode("NOT_A_VALUE"));
            }
        }
        if (type.equals("number") || type.equals("integer")) {
            for (String number : List.of("-1", "-99999999999", "1e400", "123456789012345678901234567890.123456",
                    "0.0000001")) {
                values.add(NODES.stringNode(number));
                values.add(JSON.readTree(number));
            }
        }
        if (type.equals("object") && schema.has("properties")) {
            // the nested object with one field wrong: e.g. a currency or an amount of the money
            for (Map.Entry<String, JsonNode> inner : schema.path("properties").properties()) {
                JsonNode innerSchema = ApiDocs.resolve(inner.getValue(), docs);
                boolean freeText = innerSchema.path("type").asString().equals("string") && !innerSchema.has("enum")
                        && !innerSchema.path("format").asString().equals("date") && !inner.getKey().equals("currency");
                for (JsonNode bad : List.of(NODES.stringNode("XYZ"), NODES.stringNode("-5"), NODES.stringNode(HUGE),
                        NODES.objectNode())) {
                    boolean shortText = bad.isString() && bad.asString().length() < 100;
                    if (freeText && shortText) {
                        continue; // a free-text field takes any short text
                    }
                    ObjectNode nested = (ObjectNode) ApiDocs.sample(schema, docs, 1);
                    nested.set(inner.getKey(), bad);
                    values.add(nested);
                }
            }
        }
        if (type.equals("array")) {
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 10_000; i++) {
                many.add("x");
            }
            values.add(many);
            values.add(NODES.arrayNode().add(NODES.stringNode(HUGE)));
        }
        return values;
    }

    /** Sends as the rep (or, under /api/admin and /api/imports, as the administrator) and checks the answer. */
    private void send(String method, String url, String body, String contentType) {
        tried++;
        String user = url.startsWith("/api/admin") || url.startsWith("/api/imports") ? ADMIN : REP;
        if (method.equals("POST") && user.equals(ADMIN)
                && (url.contains("/rebuild") || url.equals("/api/admin/win-models"))) {
            user = REP; // an administrator's rebuild or refit takes no input to get wrong: it would just do it
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url));
        } catch (IllegalArgumentException unsendable) {
            tried--;
            return; // not even a URL: no client sends it
        }
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (method.equals("GET")) {
            request.GET();
        } else {
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean problem = status >= 400 && status < 500 && type.startsWith("application/problem+json");
            boolean harmlessRead = method.equals("GET") && status < 400;
            if (!problem && !harmlessRead) {
                failures.add(method + " " + abbreviated(url) + " " + abbreviated(String.valueOf(body)) + " -> " + status
                        + " " + type + " " + abbreviated(response.body()));
            }
            Contract.breach(response.request(), response).ifPresent(failures::add);
        } catch (IOException e) {
            failures.add(method + " " + abbreviated(url) + " " + abbreviated(String.valueOf(body)) + " -> " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...(" + text.length() + ")";
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
