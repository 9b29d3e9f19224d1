package io.opportunities.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param retention    how long a command's result is kept for retries with its Idempotency-Key (default 24 hours)
 * @param maxBodyBytes the largest command body read for a fingerprint (default 1 MB)
 */
@ConfigurationProperties("sales.idempotency")
record IdempotencySettings(Duration retention, Integer maxBodyBytes) {

    IdempotencySettings {
        retention = retention == null ? Duration.ofHours(24) : retention;
        maxBodyBytes = maxBodyBytes == null ? 1_048_576 : maxBodyBytes;
    }
}
