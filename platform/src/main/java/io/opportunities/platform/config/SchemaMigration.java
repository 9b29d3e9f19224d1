package io.opportunities.platform.config;

/**
 * A set of Flyway migrations that a module owns beside the event store's, with its own history table, so the two
 * sides can run as separate processes against one database and each migrates only what it owns.
 */
public record SchemaMigration(String location, String historyTable) {
}
