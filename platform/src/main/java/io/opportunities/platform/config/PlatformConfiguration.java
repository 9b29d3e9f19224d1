package io.opportunities.platform.config;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.platform.events.BuyingActionRecordedUpcaster;
import io.opportunities.platform.events.FastDates;
import io.opportunities.platform.jdbc.DuplicateKeys;
import io.opportunities.platform.jdbc.TransactionBoundConnections;
import io.opportunities.platform.projection.ProjectionSavepoints;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import javax.sql.DataSource;
import java.time.Clock;

// before Axon's, whose JDBC defaults (connection provider, exception resolver) give way to these beans
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@EnableConfigurationProperties(SalesProperties.class)
public class PlatformConfiguration {

    /** The one clock of the application: controllers stamp commands with it, aggregates never read it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SalesProcess salesProcess(SalesProperties properties) {
        return properties.process();
    }

    /**
     * Axon's update checker would call the internet and write to the home folder; this provider switches it off
     * for every process, whatever the JVM flags.
     */
    @Bean
    UsagePropertyProvider usagePropertyProvider() {
        return new UsagePropertyProvider() {
            @Override
            public Boolean getDisabled() {
                return true;
            }

            @Override
            public String getUrl() {
                return null;
            }

            @Override
            public int priority() {
                return Integer.MAX_VALUE;
            }
        };
    }

    /**
     * Tracking tokens are stored with the general serializer. A {@code ReplayToken} holds its tokens and its reset
     * context as {@code @JsonTypeInfo(use = CLASS)} fields of base type {@code Object}, which Jackson 3 refuses
     * unless a validator names the allowed subtypes: without this, a processor being rebuilt fails as soon as it
     * reads its token back. Only Axon's own types are allowed, so a stored class name cannot instantiate anything
     * else.
     */
    @Bean
    Jackson3SerializerCustomizer axonTokenTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .build());
    }

    /**
     * Axon's JDBC components use the Spring transaction's connection, one per unit of work, and never close it a
     * second time once the transaction has given it back to the pool ({@link TransactionBoundConnections}).
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new TransactionBoundConnections(dataSource));
    }

    /**
     * Axon times units of work on a thread of its own that Axon 4.13.0 never stops (AxonFramework#4244, fixed in
     * 4.13.1, which the package registry here does not serve): a process whose start failed, e.g. an import from
     * the command line, stayed alive for ever. It is stopped last, once every processor and bus has stopped.
     */
    @Bean
    ConfigurerModule axonTaskJanitorShutdown() {
        return configurer -> configurer.onShutdown(Integer.MIN_VALUE, AxonTaskJanitor.INSTANCE::shutdownNow);
    }

    /** An append that meets an event stored at the same sequence is a concurrent change (409), on PostgreSQL too. */
    @Bean
    PersistenceExceptionResolver duplicateKeys() {
        return new DuplicateKeys();
    }

    /** Every projection reads every event: their dates and instants are read digit by digit. */
    @Bean
    Jackson3SerializerCustomizer fastEventDates() {
        return builder -> builder.addModule(new FastDates());
    }

    /**
     * The upcasters of the events whose shape changed since some were stored; Axon reads every stored event through
     * them, so old events are never rewritten.
     */
    @Bean
    BuyingActionRecordedUpcaster buyingActionRecordedUpcaster() {
        return new BuyingActionRecordedUpcaster();
    }

    /** Every projection handler in a savepoint, so one failing event goes to the dead-letter queue alone. */
    @Bean
    static ProjectionSavepoints projectionSavepoints(ObjectProvider<DataSource> dataSource,
                                                     ObjectProvider<EntityManagerFactory> entityManagers) {
        return new ProjectionSavepoints(dataSource, entityManagers);
    }

    /** Migrates the event store's tables first, then every module's own tables, each with its own history. */
    @Bean
    FlywayMigrationStrategy eventStoreThenModuleMigrations(ObjectProvider<SchemaMigration> migrations) {
        return eventStore -> {
            eventStore.migrate();
            migrations.orderedStream().forEach(migration -> Flyway.configure()
                    .configuration(eventStore.getConfiguration())
                    .locations(migration.location())
                    .table(migration.historyTable())
                    // the schema already holds the event store's tables: start this history at version 0
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate());
        };
    }
}
