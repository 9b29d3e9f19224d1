package io.opportunities.query.config;

import io.opportunities.platform.config.SchemaMigration;
import io.opportunities.query.QuerySideApplication;
import io.opportunities.query.winloss.AnalysisSettings;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * What the query side needs wherever it runs, alone or in the launcher: its entities and repositories, its own
 * tables, and pooled streaming processors for its projections.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = QuerySideApplication.class)
@EnableJpaRepositories(basePackageClasses = QuerySideApplication.class)
@EnableConfigurationProperties(AnalysisSettings.class)
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
}
