package io.opportunities.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.opportunities.benchmark.BenchmarkPostgres.*;

/**
 * The backend's speed in one run, each figure beside a baseline measured in the same run on the same machine:
 * <ol>
 *     <li>commands: a sales team's mix ({@link CommandMix}: open, qualify, buying actions, stage moves, next steps,
 *     won and lost) over HTTP from {@code clients} concurrent clients: commands/s, p50/p95/p99, and the projections'
 *     lag meanwhile. Baselines: raw single-row inserts of an event-sized row into a table shaped as the event table
 *     (its keys too), over JDBC from as many clients, each its own transaction as a command's; and the backend's
 *     cheapest request, its liveness probe, from as many clients;</li>
 *     <li>the shared data set imported over HTTP ({@code POST /api/imports}): until the import is done, and until
 *     every projection has caught up;</li>
 *     <li>replay: the backend is stopped, the event store filled with copies of the deals it recorded
 *     ({@link EventCloner}) to {@code opportunities} deals and {@code events} events, the backend started again and
 *     every projection rebuilt from scratch: events/s. Baseline: a raw sequential read of the event table in global
 *     order over JDBC;</li>
 *     <li>queries at that size, one client, one request at a time: detail, history, list, funnel, attention, the
 *     funnel as of six months ago. Baseline: the liveness probe;</li>
 *     <li>the peak used heap of the backend, which runs with {@code -Xmx} {@code heap}.</li>
 * </ol>
 * The figures go to standard output and to the file {@code results}.
 * <p>
 * Run (after {@code mvn -q -DskipTests package}): {@code java -jar benchmark/target/benchmark.jar}; settings as
 * system properties: clients (8), deals (3000), seconds (15, of each baseline), opportunities (100000), events
 * (1000000), requests (1000, of each query), heap (512m), jar (launcher/target/opportunities.jar), data
 * (datasets/crm-sales-opportunities), port (18095), results (benchmark/target/performance-results.txt), keep (false:
 * drop the database at the end); PGHOST, PGPORT, PGUSER, PGPASSWORD as for the tests.
 * <p>
 * Why one file of about 450 lines: it is the run's script, its steps in the order they run and each beside the
 * baseline it is measured against; the machinery (backend, clients, command mix, cloner, latencies) is in classes
 * of its own.
 */
public final class PerformanceBenchmark {

    private static final int CLIENTS = Integer.getInteger("clients", 8);
    private static final int DEALS = Integer.getInteger("deals", 3000);
    private static final int SECONDS = Integer.getInteger("seconds", 15);
    private static final long OPPORTUNITIES = Long.getLong("opportunities", 100_000);
    private static final long EVENTS = Long.getLong("events", 1_000_000);
    private static final int REQUESTS = Integer.getInteger("requests", 1000);
    private static final String HEAP = System.getProperty("heap", "512m");
    private static final String JAR = System.getProperty("jar", "launcher/target/opportunities.jar");
    private static final String DATA = System.getProperty("data", "datasets/crm-sales-opportunities");
    private static final int APP_PORT = Integer.getInteger("port", 18095);
    private static final Path RESULTS = Path.of(System.getProperty("results",
            "benchmark/target/performance-results.txt"));

    private static final Pattern STATUS = Pattern.compile("\\{\"name\":\"([^\"]+)\",\"running\":(true|false),"
            + "\"replaying\":(true|false),\"error\":(true|false),\"claimedSegments\":\\d+,\"position\":(-?\\d+|null),"
            + "\"headPosition\":(-?\\d+|null),\"lag\":(-?\\d+|null)");
    private static final Pattern IMPORT_STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private final String database = "opportunities_bench_perf_" + ProcessHandle.current().pid();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Report report = new Report();

    private PerformanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new PerformanceBenchmark().run();
    }

    private void run() throws Exception {
        admin("DROP DATABASE IF EXISTS " + database);
        admin("CREATE DATABASE " + database);
        try {
            report.line("Performance of the backend (launcher, -Xmx%s) on PostgreSQL %s:%s, %d cores, Java %s, %s; "
                            + "%d clients", HEAP, HOST, PORT, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), today, CLIENTS);
            List<String> templates;
            try (Backend backend = Backend.start(JAR, database, APP_PORT, HEAP)) {
                templates = commandsAndImport(backend);
                report.line("peak used heap while taking commands and the import: %.0f MB of %s",
                        backend.peakHeap() / 1e6, HEAP);
            }
            List<String> deals = fill(templates);
            try (Backend backend = Backend.start(JAR, database, APP_PORT, HEAP)) {
                replay(backend);
                queries(backend, deals);
                report.line("peak used heap with %,d events stored (rebuild and queries): %.0f MB of %s (target "
                        + "<= 512 MB)", count("SELECT count(*) FROM DomainEventEntry"), backend.peakHeap() / 1e6, HEAP);
            }
        } finally {
            if (Boolean.getBoolean("keep")) {
                report.line("Kept the database %s", database);
            } else {
                admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            report.write(RESULTS);
        }
    }

    /** The baselines, the command mix and the import; answers the deals the mix recorded. */
    private List<String> commandsAndImport(Backend backend) throws Exception {
        CommandMix mix = new CommandMix(backend, today);
        // warm the code paths up (the JIT) before anything is measured
        mix.run("warm-up", CLIENTS, Math.max(200, DEALS / 10));
        Clients.run("warm-up", CLIENTS, Clients.until(System.nanoTime() + 3_000_000_000L, (client, timer) -> {
            backend.expectOk("/actuator/health/liveness", null);
            return true;
        }));
        waitUntilCaughtUp(backend);

        Latencies probe = Clients.run("baseline: liveness probe (no-op HTTP)", CLIENTS,
                Clients.until(deadline(), (client, timer) -> {
                    timer.time(() -> {
                        backend.expectOk("/actuator/health/liveness", null);
                        return null;
                    });
                    return true;
                }));
        Latencies inserts = rawInserts();

        AtomicLong maxLag = new AtomicLong();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread lagSampler = new Thread(() -> {
            while (loading.get()) {
                try {
                    statuses(backend).values().forEach(status -> maxLag.accumulateAndGet(status.lag(), Math::max));
                    Thread.sleep(500);
                } catch (Exception e) {
                    return;
                }
            }
        }, "lag-sampler");
        long eventsBefore = count("SELECT count(*) FROM DomainEventEntry");
        lagSampler.start();
        Latencies commands;
        try {
            commands = mix.run("commands (the mix)", CLIENTS, DEALS);
        } finally {
            loading.set(false);
            lagSampler.join();
        }
        long catchUp = System.nanoTime();
        waitUntilCaughtUp(backend);
        double catchUpSeconds = (System.nanoTime() - catchUp) / 1e9;
        long events = count("SELECT count(*) FROM DomainEventEntry") - eventsBefore;
        if (!mix.failures().isEmpty()) {
            throw new IllegalStateException(mix.failures().size() + " commands failed, e.g. " + mix.failures().get(0));
        }

        report.section("Commands over HTTP, %d clients", CLIENTS);
        report.latencyHeader();
        report.latencies(probe, probe, inserts);
        report.latencies(inserts, probe, inserts);
        report.latencies(commands, probe, inserts);
        report.line("commands: %,d for %,d deals, %,.0f events/s stored; %.1f %% of the raw inserts/s "
                        + "(target >= 20 %%), "
                        + "%.1f %% of the no-op requests/s (target >= 50 %%), p99 %.1f ms (target <= 50 ms)",
                commands.count(), DEALS, events / commands.seconds(), 100 * commands.perSecond() / inserts.perSecond(),
                100 * commands.perSecond() / probe.perSecond(), commands.p99());
        report.line("projection lag under that load: at most %,d events behind (sampled every 0.5 s); caught up %.1f "
                + "s after the last command", maxLag.get(), catchUpSeconds);

        importDataSet(backend, inserts);
        return mix.opened();
    }

    /** The raw insert baseline: one event-sized row per transaction, into a table with the event table's keys. */
    private Latencies rawInserts() throws Exception {
        int payloadBytes;
        int metaDataBytes;
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE raw_event (globalIndex BIGSERIAL NOT NULL PRIMARY KEY,
                        aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL, type VARCHAR(255),
                        eventIdentifier VARCHAR(255) NOT NULL UNIQUE, metaData BYTEA, payload BYTEA NOT NULL,
                        payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL,
                        timeStamp VARCHAR(255) NOT NULL, UNIQUE (aggregateIdentifier, sequenceNumber))""");
            try (ResultSet sizes = sql.executeQuery(
                    "SELECT avg(length(payload)), avg(length(metaData)) FROM DomainEventEntry")) {
                sizes.next();
                payloadBytes = (int) sizes.getDouble(1);
                metaDataBytes = (int) sizes.getDouble(2);
            }
        }
        byte[] payload = "p".repeat(payloadBytes).getBytes(StandardCharsets.UTF_8);
        byte[] metaData = "m".repeat(metaDataBytes).getBytes(StandardCharsets.UTF_8);
        List<Connection> connections = new ArrayList<>();
        try {
            for (int client = 0; client < CLIENTS; client++) {
                connections.add(connect(database));
            }
            long[] sequence = new long[CLIENTS];
            return Clients.run("baseline: raw JDBC inserts", CLIENTS, Clients.until(deadline(), (client, timer) -> {
                timer.time(() -> {
                    try (PreparedStatement insert = connections.get(client).prepareStatement("""
                            INSERT INTO raw_event (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                payload, payloadRevision, payloadType, timeStamp)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                        insert.setString(1, "client-" + client);
                        insert.setLong(2, sequence[client]++);
                        insert.setString(3, "Opportunity");
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.setBytes(5, metaData);
                        insert.setBytes(6, payload);
                        insert.setString(7, null);
                        insert.setString(8, "io.opportunities.api.opportunity.BuyingActionRecorded");
                        insert.setString(9, java.time.Instant.now().toString());
                        return insert.executeUpdate();
                    }
                });
                return true;
            }));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private void importDataSet(Backend backend, Latencies inserts) throws Exception {
        Path folder = Path.of(DATA);
        Map<String, Path> files = new LinkedHashMap<>();
        for (String part : List.of("sales_pipeline", "accounts", "products", "sales_teams")) {
            files.put(part, folder.resolve(part + ".csv"));
        }
        long eventsBefore = count("SELECT count(*) FROM DomainEventEntry");
        long start = System.nanoTime();
        HttpResponse<String> started = backend.postFiles("/api/imports", Backend.ADMIN, files);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("The import answered " + started.statusCode() + ": " + started.body());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        String status = "RUNNING";
        while (status.equals("RUNNING")) {
            Thread.sleep(100);
            Matcher found = IMPORT_STATUS.matcher(backend.get(java.net.URI.create(location).getPath(), Backend.ADMIN)
                    .body());
            status = found.find() ? found.group(1) : status;
        }
        double imported = (System.nanoTime() - start) / 1e9;
        waitUntilCaughtUp(backend);
        double projected = (System.nanoTime() - start) / 1e9;
        long events = count("SELECT count(*) FROM DomainEventEntry") - eventsBefore;
        report.section("Import of the shared data set (%s) over HTTP", folder.getFileName());
        report.line("%s in %.1f s (target <= 10 s): %,d events, %,.0f events/s, %.1f %% of the raw inserts/s; every "
                        + "projection caught up after %.1f s", status.toLowerCase(), imported, events,
                events / imported, 100 * events / imported / inserts.perSecond(), projected);
    }

    /** Stops nothing: the backend is down while the store is filled. */
    private List<String> fill(List<String> templates) throws Exception {
        long start = System.nanoTime();
        List<String> added = EventCloner.fill(database, new HashSet<>(templates), OPPORTUNITIES, EVENTS);
        report.section("Event store filled with %,d copies of the %,d deals the mix recorded, in %.1f s: %,d deals, "
                        + "%,d events", added.size(), templates.size(), (System.nanoTime() - start) / 1e9,
                count("SELECT count(DISTINCT aggregateIdentifier) FROM DomainEventEntry WHERE type = 'Opportunity'"),
                count("SELECT count(*) FROM DomainEventEntry"));
        return added;
    }

    /** Rebuilds every projection from scratch; the raw sequential read of the event table is the baseline. */
    private void replay(Backend backend) throws Exception {
        long events = count("SELECT count(*) FROM DomainEventEntry");
        double rawSeconds = rawRead();
        long start = System.nanoTime();
        HttpResponse<String> started = backend.post("/api/admin/projections/rebuild", Backend.ADMIN, "");
        if (started.statusCode() != 202) {
            throw new IllegalStateException("The rebuild answered " + started.statusCode() + ": " + started.body());
        }
        Map<String, Double> finished = new LinkedHashMap<>();
        Map<String, Status> statuses = statuses(backend);
        while (finished.size() < statuses.size()) {
            Thread.sleep(250);
            statuses = statuses(backend);
            for (Status status : statuses.values()) {
                if (!status.replaying() && status.lag() == 0 && !finished.containsKey(status.name())) {
                    finished.put(status.name(), (System.nanoTime() - start) / 1e9);
                }
            }
        }
        double seconds = finished.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        report.section("Replay: every projection rebuilt from scratch over %,d events", events);
        report.line("%-44s %10s %12s %12s", "", "seconds", "events/s", "x raw read");
        report.line("%-44s %10.1f %12.0f %12.3f", "baseline: raw sequential read of the event table", rawSeconds,
                events / rawSeconds, 1.0);
        report.line("%-44s %10.1f %12.0f %12.3f", "all projections (target >= 30,000 events/s)", seconds,
                events / seconds, rawSeconds / seconds);
        finished.forEach((name, done) -> report.line("%-44s %10.1f %12.0f %12.3f", "  " + name, done, events / done,
                rawSeconds / done));
    }

    /** Reads every event's columns in global order, as a processor's stream does, and answers the seconds. */
    private double rawRead() throws SQLException {
        try (Connection connection = connect(database)) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long bytes = 0;
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload,
                           payloadRevision, payloadType, timeStamp FROM DomainEventEntry ORDER BY globalIndex""")) {
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        bytes += rows.getBytes(7).length + rows.getBytes(6).length + rows.getString(2).length();
                    }
                }
            }
            connection.commit();
            if (bytes == 0) {
                throw new IllegalStateException("Nothing was read");
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private void queries(Backend backend, List<String> deals) throws Exception {
        Random random = new Random(7);
        String sixMonthsAgo = today.minusMonths(6).toString();
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            // what autovacuum does after a rebuild's writes: statistics and the visibility map up to date, which the
            // attention list's index-only scan reads
            sql.execute("VACUUM ANALYZE");
        }
        report.section("Queries at %,d opportunities (vacuumed after the rebuild), as the manager of all %d teams, "
                + "one client, one request at a time", count("SELECT count(*) FROM opportunity"), Backend.TEAMS);
        report.line("%-44s %9s %9s %9s %9s %12s", "query", "requests", "p50 ms", "p95 ms", "p99 ms", "p99 x probe");
        Latencies probe = asManager(backend, "baseline: liveness probe", REQUESTS, i -> "/actuator/health/liveness");
        report.query(probe, probe, null);
        report.query(asManager(backend, "detail", REQUESTS,
                i -> "/api/opportunities/" + deals.get(random.nextInt(deals.size()))), probe, 10.0);
        report.query(asManager(backend, "history", REQUESTS,
                i -> "/api/opportunities/" + deals.get(random.nextInt(deals.size())) + "/history"), probe, 10.0);
        report.query(asManager(backend, "list, one rep's deals, first page", REQUESTS,
                i -> "/api/opportunities?owner=" + Backend.rep(random.nextInt(Backend.REPS))), probe, 10.0);
        report.query(asManager(backend, "list, all deals, first page", REQUESTS, i -> "/api/opportunities"), probe,
                10.0);
        report.query(asManager(backend, "funnel, all deals", REQUESTS, i -> "/api/funnel"), probe, 10.0);
        report.query(asManager(backend, "funnel, one team", REQUESTS,
                i -> "/api/funnel?team=" + Backend.team(random.nextInt(Backend.TEAMS))), probe, 10.0);
        report.query(asManager(backend, "attention, one team", REQUESTS,
                i -> "/api/attention?team=" + Backend.team(random.nextInt(Backend.TEAMS))), probe, 10.0);
        report.query(asManager(backend, "funnel as of 6 months ago, all deals", Math.max(20, REQUESTS / 10),
                i -> "/api/funnel?asOf=" + sixMonthsAgo), probe, 500.0);
    }

    private static Latencies asManager(Backend backend, String name, int requests, IntFunction<String> path)
            throws Exception {
        return backend.measure(name, requests, path, Backend.MANAGER);
    }

    private record Status(String name, boolean replaying, long lag) {
    }

    private static Map<String, Status> statuses(Backend backend) throws IOException, InterruptedException {
        HttpResponse<String> answer = backend.get("/api/admin/projections", Backend.ADMIN);
        Map<String, Status> statuses = new LinkedHashMap<>();
        Matcher status = STATUS.matcher(answer.body());
        while (status.find()) {
            long lag = status.group(7).equals("null") ? Long.MAX_VALUE : Long.parseLong(status.group(7));
            statuses.put(status.group(1), new Status(status.group(1), Boolean.parseBoolean(status.group(3)), lag));
        }
        if (statuses.isEmpty()) {
            throw new IllegalStateException("No projection status in " + answer.body());
        }
        return statuses;
    }

    private static void waitUntilCaughtUp(Backend backend) throws Exception {
        while (statuses(backend).values().stream().anyMatch(status -> status.replaying() || status.lag() != 0)) {
            Thread.sleep(100);
        }
    }

    private static long deadline() {
        return System.nanoTime() + SECONDS * 1_000_000_000L;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** What the run prints, also kept for the results file. */
    private static final class Report {
        private final StringBuilder text = new StringBuilder();

        void line(String format, Object... arguments) {
            String line = String.format(format, arguments);
            System.out.println(line);
            System.out.flush();
            text.append(line).append('\n');
        }

        void section(String format, Object... arguments) {
            line("");
            line("## " + format, arguments);
        }

        void latencyHeader() {
            line("%-40s %9s %9s %8s %8s %8s %10s %10s", "", "requests", "per s", "p50 ms", "p95 ms", "p99 ms",
                    "x inserts", "x no-op");
        }

        void latencies(Latencies each, Latencies probe, Latencies inserts) {
            line("%-40s %9d %9.0f %8.2f %8.2f %8.2f %10.3f %10.3f", each.name(), each.count(), each.perSecond(),
                    each.p50(), each.p95(), each.p99(), each.perSecond() / inserts.perSecond(),
                    each.perSecond() / probe.perSecond());
        }

        void query(Latencies each, Latencies probe, Double targetMs) {
            line("%-44s %9d %9.2f %9.2f %9.2f %12.1f%s", each.name(), each.count(), each.p50(), each.p95(),
                    each.p99(), each.p99() / probe.p99(), targetMs == null ? ""
                            : String.format("  (target p99 <= %.0f ms: %s)", targetMs,
                            each.p99() <= targetMs ? "met" : "missed"));
        }

        void write(Path file) throws IOException {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text);
            System.out.println("\nThe figures are in " + file.toAbsolutePath());
        }
    }
}
