package io.opportunities.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Points a Spring test at a database of its own on a real PostgreSQL server: created once per test JVM, dropped
 * when the JVM ends. The server is PGHOST:PGPORT (default 127.0.0.1:5432) as PGUSER (default postgres), with
 * PGPASSWORD if the server wants one.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = env("PGHOST", "127.0.0.1");
    private static final String PORT = env("PGPORT", "5432");
    private static final String USER = env("PGUSER", "postgres");
    private static final String PASSWORD = env("PGPASSWORD", "");

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + url(),
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD
        ).applyTo(context);
    }

    /** The JDBC URL of this JVM's test database, created on first use. */
    public static synchronized String url() {
        if (url == null) {
            String database = "opportunities_test_" + ProcessHandle.current().pid();
            execute("DROP DATABASE IF EXISTS " + database);
            execute("CREATE DATABASE " + database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(database)));
            url = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
        }
        return url;
    }

    /** Fails with {@link NoPostgres} when the server does not answer. */
    static void checkReachable() {
        execute("SELECT 1");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if ("08001".equals(e.getSQLState()) || "08006".equals(e.getSQLState())) {
                throw new NoPostgres();
            }
            throw new IllegalStateException("Cannot prepare the test database: " + e.getMessage(), e);
        }
    }

    private static void dropQuietly(String database) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // the server is gone: nothing left to clean
        }
    }

    private static String serverUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Says in one line what is missing and how to get it; no stack trace helps here. */
    static final class NoPostgres extends IllegalStateException {

        NoPostgres() {
            super("No PostgreSQL reachable at " + HOST + ":" + PORT + " as user " + USER
                    + ": start one with `docker compose up -d postgres` (or set PGHOST/PGPORT/PGUSER/PGPASSWORD).");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
