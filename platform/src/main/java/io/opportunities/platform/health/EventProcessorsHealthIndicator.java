package io.opportunities.platform.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reports each streaming event processor of this process: running, in error, replaying, and its lag, the number
 * of global index positions between the head of the event store and the slowest segment this node processes.
 * A processor in error makes the application DOWN; a lagging or replaying one stays UP, with the figures to see.
 */
class EventProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @Override
    public Health health() {
        long head = position(eventStore.createHeadToken());
        Health.Builder health = Health.up().withDetail("headPosition", head);
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                return;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("running", streaming.isRunning());
            details.put("error", streaming.isError());
            details.put("replaying", streaming.isReplaying());
            Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
            details.put("claimedSegments", segments.size());
            segments.values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .filter(OptionalLong::isPresent)
                    .mapToLong(OptionalLong::getAsLong)
                    .min()
                    .ifPresent(slowest -> details.put("lag", Math.max(0, head - slowest)));
            health.withDetail(name, details);
            if (streaming.isError()) {
                health.down();
            }
        });
        return health.build();
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
