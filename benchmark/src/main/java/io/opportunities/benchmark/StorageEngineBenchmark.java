package io.opportunities.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.opportunities.api.opportunity.BuyingActionRecorded;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.opportunities.benchmark.BenchmarkPostgres.*;

/**
 * Measures Axon's JDBC and JPA storage engines on PostgreSQL, each in a fresh database with the same schema, with
 * raw JDBC on the same table as the baseline of the same run:
 * <ul>
 *     <li>append: one event per transaction (what one command of the opportunity stores), from several clients;</li>
 *     <li>load: reading one aggregate's events, as every command does before it decides;</li>
 *     <li>stream: reading every event in global order, as a projection rebuild does.</li>
 * </ul>
 * Run: {@code java -Dloader.main=io.opportunities.benchmark.StorageEngineBenchmark -jar
 * benchmark/target/benchmark.jar}; settings as system properties: clients (4), aggregates (5000), eventsPerAggregate
 * (5), loads (2000); PGHOST, PGPORT, PGUSER, PGPASSWORD as for the tests.
 * <p>
 * Why one file of about 350 lines: it is a self-contained comparison, kept as it was run when the storage engine was
 * chosen (docs/architecture.md), so that the decision can be measured again the same way.
 */
public final class StorageEngineBenchmark {

    private static final int CLIENTS = Integer.getInteger("clients", 4);
    private static final int AGGREGATES = Integer.getInteger("aggregates", 5000);
    private static final int EVENTS_PER_AGGREGATE = Integer.getInteger("eventsPerAggregate", 5);
    private static final int LOADS = Integer.getInteger("loads", 2000);

    record Figures(String name, double appendsPerSecond, double appendP50Ms, double appendP99Ms,
                   double loadMeanMs, double loadP99Ms, double streamEventsPerSecond) {
    }

    /** One way of storing and reading events, set up in its own database. */
    interface Store extends AutoCloseable {
        void append(DomainEventMessage<?> event) throws Exception;

        long load(String aggregateId) throws Exception;

        long streamAll() throws Exception;

        @Override
        default void close() {
        }
    }

    /** Each append's latency in milliseconds, and how long all of them took together. */
    private record Appends(double[] latenciesMs, long elapsedNanos) {
    }

    private StorageEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.out.printf("Storage engines on PostgreSQL %s:%s: %d clients, %d aggregates x %d events, %d loads, "
                        + "%d cores, Java %s%n", HOST, PORT, CLIENTS, AGGREGATES, EVENTS_PER_AGGREGATE, LOADS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Serializer serializer = Jackson3Serializer.builder().build();
        List<Figures> figures = new ArrayList<>();
        figures.add(measure("raw JDBC (baseline)", database -> new RawJdbcStore(database, serializer)));
        figures.add(measure("Axon JDBC engine", database -> jdbcEngine(database, serializer)));
        figures.add(measure("Axon JPA engine", database -> jpaEngine(database, serializer)));
        print(figures);
    }

    @FunctionalInterface
    private interface StoreFactory {
        Store open(HikariDataSource database) throws Exception;
    }

    private static Figures measure(String name, StoreFactory factory) throws Exception {
        String database = "opportunities_bench_" + ProcessHandle.current().pid();
        admin("DROP DATABASE IF EXISTS " + database);
        admin("CREATE DATABASE " + database);
        try (HikariDataSource dataSource = dataSource(database)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore")
                    .table("flyway_history_event_store").load().migrate();
            try (Store store = factory.open(dataSource)) {
                List<String> aggregates = new ArrayList<>();
                for (int i = 0; i < AGGREGATES; i++) {
                    aggregates.add(UUID.randomUUID().toString());
                }
                warmUp(store);
                Appends appends = append(store, aggregates);
                double[] appendMs = appends.latenciesMs();
                double[] loadMs = load(store, aggregates);
                long start = System.nanoTime();
                long streamed = store.streamAll();
                double streamSeconds = (System.nanoTime() - start) / 1e9;
                Arrays.sort(appendMs);
                Arrays.sort(loadMs);
                Figures result = new Figures(name, appendMs.length / (appends.elapsedNanos() / 1e9), percentile(appendMs, 50),
                        percentile(appendMs, 99), Arrays.stream(loadMs).average().orElse(0), percentile(loadMs, 99),
                        streamed / streamSeconds);
                System.out.printf("  measured %s%n", name);
                return result;
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void warmUp(Store store) throws Exception {
        String aggregate = "warm-up-" + UUID.randomUUID();
        for (int i = 0; i < 200; i++) {
            store.append(event(aggregate, i));
        }
        for (int i = 0; i < 200; i++) {
            store.load(aggregate);
        }
    }

    private static Appends append(Store store, List<String> aggregates) throws Exception {
        double[] latencies = new double[aggregates.size() * EVENTS_PER_AGGREGATE];
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            done.add(clients.submit(() -> {
                for (int a = first; a < aggregates.size(); a += CLIENTS) {
                    for (int sequence = 0; sequence < EVENTS_PER_AGGREGATE; sequence++) {
                        long t0 = System.nanoTime();
                        store.append(event(aggregates.get(a), sequence));
                        latencies[a * EVENTS_PER_AGGREGATE + sequence] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        long elapsed = System.nanoTime() - start;
        clients.shutdown();
        return new Appends(latencies, elapsed);
    }

    private static double[] load(Store store, List<String> aggregates) throws Exception {
        Random random = new Random(42);
        double[] latencies = new double[LOADS];
        for (int i = 0; i < LOADS; i++) {
            String aggregate = aggregates.get(random.nextInt(aggregates.size()));
            long t0 = System.nanoTime();
            long events = store.load(aggregate);
            latencies[i] = (System.nanoTime() - t0) / 1e6;
            if (events != EVENTS_PER_AGGREGATE) {
                throw new IllegalStateException("Loaded " + events + " events of " + aggregate);
            }
        }
        return latencies;
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence) {
        BuyingActionRecorded payload = new BuyingActionRecorded(aggregate, UUID.randomUUID().toString(),
                "DECISION_MAKER_CONTACTED", "The CFO and the head of fleet met us for two hours",
                "Minutes sent by the customer", "rita", Instant.now(), LocalDate.now());
        return new GenericDomainEventMessage<>("Opportunity", aggregate, sequence, payload,
                Map.of("correlationId", UUID.randomUUID().toString()));
    }

    private static void print(List<Figures> figures) {
        Figures baseline = figures.get(0);
        System.out.println();
        System.out.printf("%-22s %14s %9s %9s %12s %11s %16s%n", "", "appends/s", "p50 ms", "p99 ms",
                "load mean ms", "load p99 ms", "stream events/s");
        for (Figures f : figures) {
            System.out.printf("%-22s %14s %9.2f %9.2f %12.3f %11.3f %16s%n", f.name(),
                    withRatio(f.appendsPerSecond(), baseline.appendsPerSecond()), f.appendP50Ms(), f.appendP99Ms(),
                    f.loadMeanMs(), f.loadP99Ms(),
                    withRatio(f.streamEventsPerSecond(), baseline.streamEventsPerSecond()));
        }
        System.out.println("(ratios in brackets: against raw JDBC on the same table, in this run)");
    }

    private static String withRatio(double value, double baseline) {
        return String.format("%,.0f (%.2f)", value, value / baseline);
    }

    private static Store jdbcEngine(HikariDataSource dataSource, Serializer serializer) {
        TransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        return new AxonStore(JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build(), transactions);
    }

    private static Store jpaEngine(HikariDataSource dataSource, Serializer serializer) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPackagesToScan("org.axonframework.eventsourcing.eventstore.jpa");
        factory.setMappingResources("META-INF/jpa-event-store-orm.xml");
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setJpaPropertyMap(Map.of(
                "hibernate.dialect", ByteaPostgresDialect.class.getName(),
                "hibernate.hbm2ddl.auto", "validate"));
        factory.afterPropertiesSet();
        EntityManagerFactory entityManagers = factory.getObject();
        TransactionManager transactions = new SpringTransactionManager(new JpaTransactionManager(entityManagers));
        return new AxonStore(JpaEventStorageEngine.builder()
                .entityManagerProvider(new SimpleEntityManagerProvider(
                        SharedEntityManagerCreator.createSharedEntityManager(entityManagers)))
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build(), transactions) {
            @Override
            public void close() {
                entityManagers.close();
            }
        };
    }

    /** An Axon storage engine, used the way the event store uses it, each append and load in a transaction. */
    private static class AxonStore implements Store {

        private final EventStorageEngine engine;
        private final TransactionManager transactions;

        AxonStore(EventStorageEngine engine, TransactionManager transactions) {
            this.engine = engine;
            this.transactions = transactions;
        }

        @Override
        public void append(DomainEventMessage<?> event) {
            transactions.executeInTransaction(() -> engine.appendEvents(event));
        }

        @Override
        public long load(String aggregateId) {
            return transactions.fetchInTransaction(() -> engine.readEvents(aggregateId).asStream().count());
        }

        @Override
        public long streamAll() {
            return engine.readEvents(null, false).count();
        }
    }

    /** The baseline: the same row, written and read with plain JDBC, no framework in between. */
    private static final class RawJdbcStore implements Store {

        private final HikariDataSource dataSource;
        private final Serializer serializer;

        RawJdbcStore(HikariDataSource dataSource, Serializer serializer) {
            this.dataSource = dataSource;
            this.serializer = serializer;
        }

        @Override
        public void append(DomainEventMessage<?> event) throws SQLException {
            byte[] payload = serializer.serialize(event.getPayload(), byte[].class).getData();
            byte[] metaData = serializer.serialize(event.getMetaData(), byte[].class).getData();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("""
                         INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                             metadata, payload, payloadrevision, payloadtype, timestamp)
                         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""")) {
                insert.setString(1, event.getAggregateIdentifier());
                insert.setLong(2, event.getSequenceNumber());
                insert.setString(3, event.getType());
                insert.setString(4, event.getIdentifier());
                insert.setBytes(5, metaData);
                insert.setBytes(6, payload);
                insert.setString(7, event.getPayloadType().getName());
                insert.setString(8, event.getTimestamp().toString());
                insert.executeUpdate();
            }
        }

        @Override
        public long load(String aggregateId) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("""
                         SELECT payload, metadata, payloadtype, sequencenumber FROM domainevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber""")) {
                select.setString(1, aggregateId);
                return count(select.executeQuery());
            }
        }

        @Override
        public long streamAll() throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT globalindex, payload, metadata, payloadtype FROM domainevententry ORDER BY globalindex")) {
                    select.setFetchSize(1000);
                    return count(select.executeQuery());
                } finally {
                    connection.commit();
                }
            }
        }

        private static long count(ResultSet rows) throws SQLException {
            long count = 0;
            while (rows.next()) {
                rows.getBytes(2);
                count++;
            }
            return count;
        }
    }

    private static HikariDataSource dataSource(String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url(database));
        dataSource.setUsername(USER);
        dataSource.setPassword(PASSWORD);
        dataSource.setMaximumPoolSize(CLIENTS + 2);
        return dataSource;
    }
}
