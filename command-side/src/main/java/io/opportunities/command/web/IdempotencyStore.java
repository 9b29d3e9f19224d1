package io.opportunities.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The results of the commands sent with an Idempotency-Key, kept for {@code sales.idempotency.retention} (24 hours
 * by default): long enough for any client's retries, then deleted.
 */
@Component
class IdempotencyStore {

    /** A command's result as kept: the fingerprint of its request, and the result itself. */
    record Recorded(String fingerprint, Object result) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;

    IdempotencyStore(JdbcClient jdbc, JsonMapper json, Clock clock, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.retention = settings.retention();
    }

    Optional<Recorded> find(String actor, String key) {
        return jdbc.sql("""
                        SELECT request_fingerprint, result_type, result FROM idempotency_key
                        WHERE actor = ? AND idempotency_key = ? AND recorded_at >= ?""")
                .params(actor, key, Timestamp.from(clock.instant().minus(retention)))
                .query((rs, rowNum) -> new Recorded(rs.getString("request_fingerprint"),
                        json.readValue(rs.getString("result"), resultType(rs.getString("result_type")))))
                .optional();
    }

    /**
     * Keeps a command's result; called in the transaction that stores the command's events, so that a second
     * request with the same key fails on the primary key and stores nothing.
     */
    void record(String actor, String key, String fingerprint, Object result) {
        jdbc.sql("DELETE FROM idempotency_key WHERE actor = ? AND idempotency_key = ? AND recorded_at < ?")
                .params(actor, key, Timestamp.from(clock.instant().minus(retention)))
                .update();
        jdbc.sql("""
                        INSERT INTO idempotency_key
                            (actor, idempotency_key, request_fingerprint, result_type, result, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(actor, key, fingerprint, result.getClass().getName(), json.writeValueAsString(result),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void deleteExpired() {
        jdbc.sql("DELETE FROM idempotency_key WHERE recorded_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention)))
                .update();
    }

    /** Only this application's own result types, never a class a stored name could pick at will. */
    private static Class<?> resultType(String name) {
        if (!name.startsWith("io.opportunities.") && !name.startsWith("java.lang.")) {
            throw new IllegalStateException("Not a command result type: " + name);
        }
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown command result type " + name, e);
        }
    }
}
