package io.opportunities.platform.health;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class HealthConfiguration {

    @Bean
    ProcessorStatuses processorStatuses(EventProcessingConfiguration processing, EventStore eventStore) {
        return new ProcessorStatuses(processing, eventStore);
    }

    @Bean
    HealthIndicator eventProcessorsHealthIndicator(ProcessorStatuses statuses) {
        return new EventProcessorsHealthIndicator(statuses);
    }

    @Bean
    EventProcessorMetrics eventProcessorMetrics(ProcessorStatuses statuses, MeterRegistry registry) {
        return new EventProcessorMetrics(statuses, registry);
    }
}
