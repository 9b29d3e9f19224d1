package io.opportunities.command.opportunity;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opportunities stay in memory between their commands (Axon's aggregate cache), so that a command does not read and
 * fold the deal's whole stream again each time. The event store stays the judge: a command decided on a deal that
 * another command node changed meanwhile stores nothing (its first event meets the stored one's sequence number, a
 * {@code 409}), and any command that fails or is refused drops the deal from the cache, so that the next one reads
 * it afresh. The cache holds weak references: memory that is needed elsewhere empties it.
 */
@Configuration(proxyBeanMethods = false)
class OpportunityCaching {

    static final String CACHE = "opportunityCache";

    @Bean(CACHE)
    Cache opportunityCache() {
        return new WeakReferenceCache();
    }
}
