package io.opportunities.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.opportunities.benchmark.BenchmarkPostgres.PASSWORD;
import static io.opportunities.benchmark.BenchmarkPostgres.USER;
import static io.opportunities.benchmark.BenchmarkPostgres.url;

/**
 * The packaged backend (the launcher: both sides in one JVM) as a process of its own on a PostgreSQL database, with
 * {@value #REPS} reps in {@value #TEAMS} teams that the manager {@code maria} leads, the administrator {@code adam},
 * every user on HTTP Basic with a plain-text password (a bcrypt check per request would be measured otherwise), and
 * the HTTP calls the benchmarks send it. While it runs, its used heap is sampled from its own metrics.
 */
final class Backend implements AutoCloseable {

    static final int REPS = 50;
    static final int TEAMS = 10;
    static final String MANAGER = "maria";
    static final String ADMIN = "adam";

    private static final Pattern HEAP = Pattern.compile("\"statistic\":\"VALUE\",\"value\":([0-9.E+]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final Process process;
    private final File log;
    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread heapSampler;

    private Backend(int port, Process process, File log) {
        this.port = port;
        this.process = process;
        this.log = log;
        this.heapSampler = new Thread(this::sampleHeap, "heap-sampler");
        heapSampler.setDaemon(true);
        heapSampler.start();
    }

    /** Starts the jar on the database with the heap limit ({@code -Xmx}) and waits until it is ready. */
    static Backend start(String jar, String database, int port, String maxHeap) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + maxHeap));
        String options = System.getProperty("backendJvm", "");
        if (!options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar,
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url(database),
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--logging.level.root=WARN"));
        int user = 0;
        for (String name : List.of(MANAGER, ADMIN)) {
            command.add("--sales.security.users[" + user + "].username=" + name);
            command.add("--sales.security.users[" + user + "].password={noop}" + name);
            command.add("--sales.security.users[" + user++ + "].roles=" + (name.equals(ADMIN) ? "ADMIN" : "MANAGER"));
        }
        for (int rep = 0; rep < REPS; rep++) {
            command.add("--sales.security.users[" + user + "].username=" + rep(rep));
            command.add("--sales.security.users[" + user + "].password={noop}" + rep(rep));
            command.add("--sales.security.users[" + user++ + "].roles=REP");
        }
        for (int team = 0; team < TEAMS; team++) {
            List<String> members = new ArrayList<>();
            for (int rep = team; rep < REPS; rep += TEAMS) {
                members.add(rep(rep));
            }
            command.add("--sales.teams[" + team + "].name=" + team(team));
            command.add("--sales.teams[" + team + "].manager=" + MANAGER);
            command.add("--sales.teams[" + team + "].members=" + String.join(",", members));
        }
        File log = File.createTempFile("opportunities-benchmark-backend", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        Backend backend = new Backend(port, process, log);
        for (int i = 0; i < 180; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The backend stopped; see " + log);
            }
            try {
                if (backend.get("/actuator/health/readiness", null).statusCode() == 200) {
                    return backend;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        backend.close();
        throw new IllegalStateException("The backend did not become ready; see " + log);
    }

    static String rep(int rep) {
        return "rep-" + rep;
    }

    static String team(int team) {
        return "T" + team;
    }

    /** The largest used heap sampled so far, in bytes. */
    long peakHeap() {
        return peakHeap.get();
    }

    File log() {
        return log;
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST of files, each under its part name. */
    HttpResponse<String> postFiles(String path, String user, Map<String, Path> parts)
            throws IOException, InterruptedException {
        String boundary = "benchmark-" + System.nanoTime();
        List<byte[]> body = new ArrayList<>();
        for (Map.Entry<String, Path> part : parts.entrySet()) {
            body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"; filename=\"" + part.getValue().getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.add(Files.readAllBytes(part.getValue()));
            body.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that must answer 200, its body discarded. */
    void expectOk(String path, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, user);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * One client, one request at a time: warms the query up with a fifth of the requests, then times each request's
     * round trip; every answer must be a 200.
     */
    Latencies measure(String name, int requests, IntFunction<String> path, String user) throws Exception {
        for (int i = 0; i < Math.max(10, requests / 5); i++) {
            expectOk(path.apply(i), user);
        }
        double[] millis = new double[requests];
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            String next = path.apply(i);
            long each = System.nanoTime();
            expectOk(next, user);
            millis[i] = (System.nanoTime() - each) / 1e6;
        }
        return Latencies.of(name, millis, System.nanoTime() - start);
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        return user == null ? request : request.header("Authorization", basic(user));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private void sampleHeap() {
        while (process.isAlive()) {
            try {
                HttpResponse<String> metric = get("/actuator/metrics/jvm.memory.used?tag=area:heap", ADMIN);
                Matcher value = HEAP.matcher(metric.body());
                if (metric.statusCode() == 200 && value.find()) {
                    peakHeap.accumulateAndGet((long) Double.parseDouble(value.group(1)), Math::max);
                }
                Thread.sleep(200);
            } catch (IOException stopping) {
                // the backend is going down, or busy: the next sample tells
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the backend as an operator would (SIGTERM) and waits until it is gone. */
    @Override
    public void close() throws InterruptedException {
        heapSampler.interrupt();
        process.destroy();
        process.waitFor();
    }
}
