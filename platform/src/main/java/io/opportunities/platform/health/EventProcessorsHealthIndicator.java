package io.opportunities.platform.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports each streaming event processor of this process: running, in error, replaying, and its lag. A processor
 * in error makes the application DOWN; a lagging or replaying one stays UP, with the figures to see.
 */
class EventProcessorsHealthIndicator implements HealthIndicator {

    private final ProcessorStatuses statuses;

    EventProcessorsHealthIndicator(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (ProcessorStatus status : statuses.all()) {
            health.withDetail(status.name(), status);
            if (status.error()) {
                health.down();
            }
        }
        return health.build();
    }
}
