package io.opportunities.platform.messaging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Every event says what caused it and which request it belongs to: its metadata holds {@code causationId} (the
 * command's message id) and {@code correlationId} (the request's correlation id, shared by every message of that
 * request). The actor is the event's own {@code recordedBy}.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class MessagingConfiguration {

    /**
     * Axon's own provider under the names of the field (Axon 5's too): its "correlation" key takes the parent
     * message's id, its "trace" key the root's, which is the request's correlation id when the command carries one.
     * Static, so that Axon reads it before this configuration registers its interceptor on the command bus.
     */
    @Bean
    static CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(MessageKeys.CAUSATION_ID, MessageKeys.CORRELATION_ID);
    }

    /** Before Spring Security, so that a 401 carries the correlation id too. */
    @Bean
    static FilterRegistrationBean<RequestCorrelation> requestCorrelation() {
        FilterRegistrationBean<RequestCorrelation> registration = new FilterRegistrationBean<>(new RequestCorrelation());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Autowired
    void stampCommands(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new SenderMetaData());
    }
}
