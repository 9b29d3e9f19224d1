package io.opportunities.command.web;

import io.opportunities.platform.web.ProblemResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.IdGenerator;
import org.springframework.util.JdkIdGenerator;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencySettings.class)
@EnableScheduling
class CommandWebConfiguration {

    /**
     * Ids of opportunities, buying actions and next steps are chosen here, never inside an aggregate: at random, or,
     * for a request with an Idempotency-Key, derived from the key, so that its retry names the same things.
     */
    @Bean
    IdGenerator idGenerator() {
        IdGenerator random = new JdkIdGenerator();
        return () -> IdempotentRequest.current().map(IdempotentRequest::nextId).orElseGet(random::generateId);
    }

    /** After Spring Security's filters (order -100): a key belongs to the authenticated user. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeys(JsonMapper json) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(new ProblemResponses(json)));
        registration.setOrder(0);
        return registration;
    }
}
