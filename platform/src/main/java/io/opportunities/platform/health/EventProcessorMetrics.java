package io.opportunities.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.util.function.Predicate;

/**
 * Gauges per event processor: {@code event.processor.lag} (positions behind the head of the event store),
 * {@code event.processor.replaying} and {@code event.processor.error} (1 or 0), tagged with the processor's name.
 * Registered once the application is ready, when Axon has built every processor.
 */
class EventProcessorMetrics {

    private final ProcessorStatuses statuses;
    private final MeterRegistry registry;

    EventProcessorMetrics(ProcessorStatuses statuses, MeterRegistry registry) {
        this.statuses = statuses;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (ProcessorStatus initial : statuses.all()) {
            String name = initial.name();
            Gauge.builder("event.processor.lag", statuses, s -> s.of(name).map(ProcessorStatus::lag)
                            .map(Long::doubleValue).orElse(Double.NaN))
                    .description("Global index positions the processor is behind the head of the event store")
                    .tag("processor", name).register(registry);
            Gauge.builder("event.processor.replaying", statuses,
                            s -> flag(s, name, StreamingEventProcessor::isReplaying))
                    .tag("processor", name).register(registry);
            Gauge.builder("event.processor.error", statuses, s -> flag(s, name, StreamingEventProcessor::isError))
                    .tag("processor", name).register(registry);
        }
    }

    /** Asks the processor itself: unlike the lag, a flag needs no query for the head of the event store. */
    private static double flag(ProcessorStatuses statuses, String name, Predicate<StreamingEventProcessor> test) {
        return statuses.processor(name).map(processor -> test.test(processor) ? 1.0 : 0.0).orElse(Double.NaN);
    }
}
