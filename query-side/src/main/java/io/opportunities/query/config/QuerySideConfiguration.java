package io.opportunities.query.config;

import io.opportunities.platform.config.SchemaMigration;
import io.opportunities.platform.jdbc.DatabaseFailures;
import io.opportunities.platform.projection.ProjectionSavepoints;
import io.opportunities.query.QuerySideApplication;
import io.opportunities.query.learning.LearningSettings;
import io.opportunities.query.winloss.AnalysisSettings;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the query side needs wherever it runs, alone or in the launcher: its entities and repositories, its own
 * tables, and pooled streaming processors for its projections.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = QuerySideApplication.class)
@EnableJpaRepositories(basePackageClasses = QuerySideApplication.class)
@EnableConfigurationProperties({AnalysisSettings.class, LearningSettings.class})
@EnableScheduling
public class QuerySideConfiguration {

    @Bean
    SchemaMigration readModelMigration() {
        return new SchemaMigration("classpath:db/readmodel", "flyway_history_read_model");
    }

    /**
     * Every projection runs in a pooled streaming processor: it tracks its own token, can be replayed, and splits
     * its work into segments that several query nodes can share through the token store. Events of one opportunity
     * always go to the same segment, so they are applied in order.
     */
    @Bean
    ConfigurerModule pooledStreamingProjections() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .initialSegmentCount(4)
                        .batchSize(100)));
    }

    /**
     * Every projection has a dead-letter queue (Axon's, in the event store's DeadLetterEntry table): an event its
     * handler fails on is put aside with the cause, and so are the later events of the same opportunity (its
     * sequence), so that they are never applied out of order; every other opportunity's events go on being
     * projected. GET /api/admin/dead-letters lists them, POST .../{projection}/retry handles them again. A database
     * that is away is no fault of the event: the batch fails and is handled again once it is back, nothing is put
     * aside.
     */
    @Bean
    ConfigurerModule deadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
                                      Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                      ListableBeanFactory beans) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing(processing -> {
                    // Axon asks the queue before each event whether the event's deal has letters waiting (a query
                    // per event and projection); its cache remembers, per segment, the deals that have none
                    for (String group : processingGroups(beans)) {
                        processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (configuration, invoker) -> invoker.enableSequenceIdentifierCache());
                    }
                });
                configurer.eventProcessing(processing -> processing
                        .registerDefaultDeadLetterPolicy(configuration -> (letter, cause) -> {
                            if (cause instanceof ProjectionSavepoints.RetryEventByEvent retry) {
                                // a batch handled at full speed failed: it is handled again event by event, and
                                // then the event at fault is put aside
                                throw retry;
                            }
                            if (DatabaseFailures.databaseAway(cause)) {
                                // not the event's fault: fail the batch, so that it is handled again once the
                                // database is back, instead of putting a good event aside
                                throw new IllegalStateException("The database is away", cause);
                            }
                            return Decisions.enqueue(cause);
                        })
                        .registerDeadLetterQueueProvider(processingGroup -> configuration ->
                                JdbcSequencedDeadLetterQueue.builder()
                                        .processingGroup(processingGroup)
                                        .connectionProvider(connections)
                                        .transactionManager(transactions)
                                        .schema(DeadLetterSchema.defaultSchema())
                                        .genericSerializer(serializer)
                                        .eventSerializer(events)
                                        .build()));
            }

            private static Set<String> processingGroups(ListableBeanFactory beans) {
                Set<String> groups = new TreeSet<>();
                for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
                    ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
                    if (group != null) {
                        groups.add(group.value());
                    }
                }
                return groups;
            }

            /** After Axon's own module, whose provider serves only the groups axon.eventhandling.* enables. */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
