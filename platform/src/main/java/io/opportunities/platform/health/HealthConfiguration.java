package io.opportunities.platform.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.health.contributor.HealthIndicator;

@AutoConfiguration
public class HealthConfiguration {

    @Bean
    HealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing, EventStore eventStore) {
        return new EventProcessorsHealthIndicator(processing, eventStore);
    }
}
