package io.opportunities.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** @param retention how long a command's result is kept for retries with its Idempotency-Key (default 24 hours) */
@ConfigurationProperties("sales.idempotency")
record IdempotencySettings(Duration retention) {

    IdempotencySettings {
        retention = retention == null ? Duration.ofHours(24) : retention;
    }
}
