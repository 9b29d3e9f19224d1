package io.opportunities.launcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A plain HTTP client for the tests: real requests to the running app, answers with status, headers and JSON. */
final class Api {

    record Response(int status, HttpResponse<String> raw, JsonNode body) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String text(String field) {
            return body.path(field).asString();
        }

        long version() {
            return body.path("version").asLong();
        }

        String eTag() {
            return header("ETag");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    Response get(String user, String path) {
        return get(user, path, Map.of());
    }

    Response get(String user, String path, Map<String, String> headers) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    Response post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    Response post(String user, String path, Object body, Map<String, String> headers) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        Map<String, String> all = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        all.putAll(headers);
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(json)), all);
    }

    /** Posts files as multipart/form-data, one part per entry: the part's name and the file's content. */
    Response postFiles(String user, String path, Map<String, String> files) {
        return postFiles(user, path, files, Map.of());
    }

    /** The same with headers; every call has a boundary of its own, as a retry would. */
    Response postFiles(String user, String path, Map<String, String> files, Map<String, String> headers) {
        String boundary = "----boundary" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(name).append(".csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        Map<String, String> all = new LinkedHashMap<>(Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
        all.putAll(headers);
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), all);
    }

    /** The users of the configuration, who sign in with HTTP Basic (password = name). */
    static final Set<String> BASIC_USERS = Set.of("rita", "sam", "maria", "adam");
    /**
     * The roles in the tokens of users other than reps: olga manages the tests' team South; nora's token is valid but
     * names no sales role (another application's user).
     */
    static final Map<String, List<String>> TOKEN_ROLES = Map.of("olga", List.of("MANAGER"), "nora", List.of("VIEWER"));

    /**
     * A configured user with HTTP Basic; anybody else with a bearer token of the tests' issuer, as a rep (each test
     * may so have owners of its own, whose deals no other test's reports count).
     */
    private Response send(String user, HttpRequest.Builder request, Map<String, String> headers) {
        if (user != null && BASIC_USERS.contains(user)) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        } else if (user != null) {
            request.header("Authorization", "Bearer " + BearerTokens.forUser(user, TOKEN_ROLES.getOrDefault(user,
                    List.of("REP"))));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Contract.check(response.request(), response);
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = !json || response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
