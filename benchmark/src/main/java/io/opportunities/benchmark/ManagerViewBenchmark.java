package io.opportunities.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.function.IntFunction;

import static io.opportunities.benchmark.BenchmarkPostgres.*;

/**
 * Measures the manager's queries at {@code deals} (100,000) opportunities: the packaged backend runs as its own
 * process on a fresh PostgreSQL database whose read models are filled by SQL with a generated two-year history
 * (rows shaped as the projections write them: the opportunity rows with two buying actions each, ~6 timeline
 * entries and ~3.5 intervals of funnel figures per deal, the funnel cells), and each query is sent over HTTP by one client, one request at a time. The baseline of the
 * same run is the backend's liveness probe, the cheapest request it answers.
 * <p>
 * Run (after {@code mvn -q -DskipTests package}):
 * {@code java -Dloader.main=io.opportunities.benchmark.ManagerViewBenchmark -jar benchmark/target/benchmark.jar};
 * settings as system properties: deals (100000), requests (2000), asOfRequests (100, for the slower queries), jar
 * (launcher/target/opportunities.jar), port (18090), keep (false: drop the database at the end); PGHOST, PGPORT,
 * PGUSER, PGPASSWORD as for the tests.
 */
public final class ManagerViewBenchmark {

    private static final int DEALS = Integer.getInteger("deals", 100_000);
    private static final int REQUESTS = Integer.getInteger("requests", 2000);
    private static final int AS_OF_REQUESTS = Integer.getInteger("asOfRequests", 100);
    private static final String JAR = System.getProperty("jar", "launcher/target/opportunities.jar");
    private static final int APP_PORT = Integer.getInteger("port", 18090);
    private static final int REPS = Backend.REPS;
    private static final int TEAMS = Backend.TEAMS;


    private ManagerViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = "opportunities_bench_view_" + ProcessHandle.current().pid();
        admin("DROP DATABASE IF EXISTS " + database);
        admin("CREATE DATABASE " + database);
        Backend backend = null;
        try {
            backend = Backend.start(JAR, database, APP_PORT, "1g");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long seeding = System.nanoTime();
            seed(database, today);
            System.out.printf("Manager's view at %,d opportunities (%,d timeline entries), seeded in %.1f s; %d cores, "
                            + "Java %s; one client, sequential requests%n", DEALS, count(database,
                            "opportunity_timeline"), (System.nanoTime() - seeding) / 1e9,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            Random random = new Random(7);
            LocalDate sixMonthsAgo = today.minusMonths(6);
            System.out.printf("%-40s %9s %9s %9s %9s %9s %14s%n", "query", "requests", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "p99/baseline");
            // warm the backend's code paths up before the baseline, so that it is not measured while the JIT is busy
            for (int i = 0; i < REQUESTS; i++) {
                backend.expectOk(i % 2 == 0 ? "/actuator/health/liveness" : "/api/opportunities/" + dealId(i + 1),
                        Backend.MANAGER);
            }
            Latencies baseline = measure(backend, "baseline: liveness probe", REQUESTS,
                    i -> "/actuator/health/liveness");
            print(baseline, baseline);
            print(baseline, measure(backend, "detail", REQUESTS,
                    i -> "/api/opportunities/" + dealId(random.nextInt(DEALS) + 1)));
            print(baseline, measure(backend, "funnel, all deals", REQUESTS, i -> "/api/funnel"));
            print(baseline, measure(backend, "funnel, one team", REQUESTS,
                    i -> "/api/funnel?team=T" + random.nextInt(TEAMS)));
            print(baseline, measure(backend, "funnel, by team", REQUESTS, i -> "/api/funnel?groupBy=team"));
            print(baseline, measure(backend, "attention, one team", REQUESTS,
                    i -> "/api/attention?team=T" + random.nextInt(TEAMS)));
            print(baseline, measure(backend, "attention, all deals", AS_OF_REQUESTS, i -> "/api/attention"));
            print(baseline, measure(backend, "forecast, 4 quarters, one team", AS_OF_REQUESTS,
                    i -> "/api/forecast?team=T" + random.nextInt(TEAMS)));
            print(baseline, measure(backend, "funnel as of 6 months ago, all", AS_OF_REQUESTS,
                    i -> "/api/funnel?asOf=" + sixMonthsAgo));
            print(baseline, measure(backend, "funnel as of 6 months ago, one team", AS_OF_REQUESTS,
                    i -> "/api/funnel?asOf=" + sixMonthsAgo + "&team=T" + random.nextInt(TEAMS)));
            print(baseline, measure(backend, "funnel as of and known at, one team", AS_OF_REQUESTS / 4,
                    i -> "/api/funnel?asOf=" + sixMonthsAgo + "&knownAt=" + sixMonthsAgo + "T23:59:59Z&team=T"
                            + random.nextInt(TEAMS)));
        } finally {
            if (backend != null) {
                backend.close();
            }
            if (Boolean.getBoolean("keep")) {
                System.out.println("Kept the database " + database + " for a look at the queries' plans");
            } else {
                admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /**
     * Two years of deals for 50 reps: a fifth in each stage; 40 % open, 30 % won, 25 % lost, 5 % withdrawn; values from
     * 1,000 to 201,000 EUR; a tenth slipped once; each with its timeline entries as the timeline projection writes them.
     */
    private static void seed(String database, LocalDate today) throws SQLException {
        String deals = """
                SELECT i,
                       '00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0') AS id,
                       'rep-' || (i % :reps) AS owner,
                       'Customer ' || (i % 5000) AS customer,
                       (ARRAY['GTX Pro','GTX Basic','GTX Plus','MG Special','MG Advanced','GTK 500','GTX Lite'])[i % 7 + 1] AS product,
                       (ARRAY['IDENTIFY','UNDERSTAND_NEED','SHAPE_VISION','AGREE_PLAN','NEGOTIATE'])[i % 5 + 1] AS stage,
                       i % 5 AS stage_index,
                       CASE WHEN i % 20 < 8 THEN 'OPEN' WHEN i % 20 < 14 THEN 'WON' WHEN i % 20 < 19 THEN 'LOST'
                            ELSE 'WITHDRAWN' END AS status,
                       -- open deals opened over two years; closed ones early enough to have closed by today
                       CASE WHEN i % 20 < 8 THEN DATE ':today' - (i % 730)
                            ELSE DATE ':today' - 130 - (i % 600) END AS opened_on,
                       1000 + (i * 37 % 200000) AS amount,
                       (ARRAY[10, 20, 40, 50, 60])[i % 5 + 1] AS certainty
                FROM generate_series(1, :deals) AS i"""
                .replace(":reps", String.valueOf(REPS)).replace(":deals", String.valueOf(DEALS))
                .replace(":today", today.toString());
        try (Connection connection = connect(database);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE deal AS " + deals);
            sql.execute("""
                    INSERT INTO opportunity (opportunity_id, version, customer, title, product, owner, stage,
                        stage_entered_on, status, estimated_amount, currency, expected_close_on, next_step_due_on,
                        qualified, warning_signal_type, warning_signal_description, opened_on, opened_by, closed_on,
                        won_amount, won_currency, loss_reason, last_recorded_at, certainty, probability,
                        last_buying_action_on, last_reviewed_on, next_review_on, last_slipped_on, strategic_score)
                    SELECT id, 7, customer, 'Deal ' || i, product, owner, stage, opened_on + stage_index * 7, status,
                           amount, 'EUR', opened_on + 90 + (i % 120) + CASE WHEN i % 10 = 0 THEN 30 ELSE 0 END,
                           CASE WHEN status = 'OPEN' AND i % 3 = 0 THEN opened_on + 40 + (i % 30) END,
                           i % 3 <> 0, 'CHANGE_IN_PEOPLE', 'New CIO', opened_on, owner,
                           CASE WHEN status <> 'OPEN' THEN LEAST(opened_on + 60 + (i % 60), DATE ':today') END,
                           CASE WHEN status = 'WON' THEN amount END, CASE WHEN status = 'WON' THEN 'EUR' END,
                           CASE WHEN status = 'LOST' THEN 'PRICE' END,
                           opened_on + TIME '10:00', certainty,
                           CASE status WHEN 'OPEN' THEN certainty WHEN 'WON' THEN 100 ELSE 0 END,
                           opened_on + stage_index * 7 + 2,
                           CASE WHEN i % 4 = 0 THEN opened_on + 30 END,
                           CASE WHEN i % 4 = 0 THEN opened_on + 60 END,
                           CASE WHEN i % 10 = 0 THEN opened_on + 20 END,
                           CASE WHEN i % 6 = 0 THEN 5 END
                    FROM deal""".replace(":today", today.toString()));
            sql.execute("""
                    INSERT INTO opportunity_buying_action (opportunity_id, position, buying_action_id, type,
                        description, evidence, occurred_on, recorded_by)
                    SELECT id, n, id || '-b' || n, CASE n WHEN 0 THEN 'DECISION_MAKER_CONTACTED'
                           ELSE 'KEY_INFORMATION_SHARED' END, 'The customer acted', 'Minutes',
                           opened_on + n + 1, owner
                    FROM deal, generate_series(0, 1) AS n""");
            String entries = """
                    INSERT INTO opportunity_timeline (opportunity_id, version, occurred_on, recorded_at, change, stage,
                        from_stage, status, amount, currency, expected_close_on, previous_expected_close_on, certainty,
                        item_id, buying_action_type, due_on, reason)
                    """;
            sql.execute(entries + """
                    SELECT id, 0, opened_on, opened_on + TIME '10:00', 'OPENED', 'IDENTIFY', CAST(NULL AS VARCHAR),
                           'OPEN', CAST(amount AS NUMERIC), 'EUR', opened_on + 90 + (i % 120), CAST(NULL AS DATE), 10,
                           CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS DATE), CAST(NULL AS VARCHAR)
                    FROM deal
                    UNION ALL
                    SELECT id, 1, opened_on + 1, opened_on + TIME '11:00', 'BUYING_ACTION_RECORDED', NULL, NULL, NULL,
                           NULL, NULL, NULL, NULL, NULL, id || '-b0', 'DECISION_MAKER_CONTACTED', NULL, NULL FROM deal
                    UNION ALL
                    SELECT id, 2, opened_on + 1, opened_on + TIME '11:00', 'CERTAINTY_CHANGED', NULL, NULL, NULL, NULL,
                           NULL, NULL, NULL, 20, NULL, NULL, NULL, NULL FROM deal
                    UNION ALL
                    SELECT id, 3, opened_on + 2, opened_on + TIME '12:00', 'BUYING_ACTION_RECORDED', NULL, NULL, NULL,
                           NULL, NULL, NULL, NULL, NULL, id || '-b1', 'KEY_INFORMATION_SHARED', NULL, NULL FROM deal
                    UNION ALL
                    SELECT id, 4, opened_on + stage_index * 7, opened_on + stage_index * 7 + TIME '13:00',
                           'STAGE_ADVANCED', stage, 'IDENTIFY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                           NULL FROM deal WHERE stage_index > 0
                    UNION ALL
                    SELECT id, 5, opened_on + 20, opened_on + 20 + TIME '09:00', 'CLOSE_DATE_MOVED', NULL, NULL, NULL,
                           NULL, NULL, opened_on + 120 + (i % 120), opened_on + 90 + (i % 120), NULL, NULL, NULL, NULL,
                           'Budget moved' FROM deal WHERE i % 10 = 0
                    UNION ALL
                    SELECT id, 6, LEAST(opened_on + 60 + (i % 60), DATE ':today'),
                           LEAST(opened_on + 60 + (i % 60), DATE ':today') + TIME '15:00',
                           CASE status WHEN 'WON' THEN 'WON' WHEN 'LOST' THEN 'LOST' ELSE 'WITHDRAWN' END, stage, NULL,
                           status, CASE WHEN status = 'WON' THEN amount END, CASE WHEN status = 'WON' THEN 'EUR' END,
                           NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM deal WHERE status <> 'OPEN'
                    """.replace(":today", today.toString()));
            sql.execute("""
                    INSERT INTO opportunity_interval (opportunity_id, valid_from, valid_to, stage, status, amount,
                        currency, expected_close_on, probability, overridden)
                    SELECT id, opened_on, opened_on + 2, 'IDENTIFY', 'OPEN', amount, 'EUR', opened_on + 90 + (i % 120),
                           10, false FROM deal
                    UNION ALL
                    SELECT id, opened_on + 2,
                           CASE WHEN stage_index > 0 THEN opened_on + stage_index * 7
                                WHEN status <> 'OPEN' THEN opened_on + 60 + (i % 60) END,
                           'IDENTIFY', 'OPEN', amount, 'EUR', opened_on + 90 + (i % 120), 30, false FROM deal
                    UNION ALL
                    SELECT id, opened_on + stage_index * 7,
                           CASE WHEN status <> 'OPEN' THEN opened_on + 60 + (i % 60) END,
                           stage, 'OPEN', amount, 'EUR', opened_on + 90 + (i % 120), certainty, false
                    FROM deal WHERE stage_index > 0
                    UNION ALL
                    SELECT id, opened_on + 60 + (i % 60), NULL, stage, status, amount, 'EUR',
                           opened_on + 90 + (i % 120), CASE WHEN status = 'WON' THEN 100 ELSE 0 END, false
                    FROM deal WHERE status <> 'OPEN'
                    """);
            sql.execute("""
                    INSERT INTO funnel_cell (owner, stage, currency, deals, total, weighted, overridden)
                    SELECT owner, stage, currency, count(*), sum(estimated_amount), sum(estimated_amount * probability),
                           count(certainty_override)
                    FROM opportunity WHERE status = 'OPEN' GROUP BY owner, stage, currency""");
            // as autovacuum leaves a table that is mostly read: statistics and the visibility map up to date
            sql.execute("VACUUM ANALYZE");
        }
    }

    private static Latencies measure(Backend backend, String query, int requests, IntFunction<String> path)
            throws Exception {
        return backend.measure(query, requests, path, Backend.MANAGER);
    }

    private static void print(Latencies baseline, Latencies each) {
        System.out.printf("%-40s %9d %9.2f %9.2f %9.2f %9.2f %14.1f%n", each.name(), each.count(), each.p50(),
                each.p95(), each.p99(), each.max(), each.p99() / baseline.p99());
        System.out.flush();
    }

    private static String dealId(int i) {
        return "00000000-0000-4000-8000-" + String.format("%012x", i);
    }

    private static long count(String database, String table) throws SQLException {
        try (Connection connection = connect(database);
             Statement sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
