package io.opportunities.command.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.IdGenerator;
import org.springframework.util.JdkIdGenerator;

@Configuration(proxyBeanMethods = false)
class CommandWebConfiguration {

    /** Ids of opportunities, buying actions and next steps are chosen here, never inside an aggregate. */
    @Bean
    IdGenerator idGenerator() {
        return new JdkIdGenerator();
    }
}
