package io.opportunities.platform.personaldata;

import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/** Crypto-shredding of personal data in the events: the keys, and the event serializer that uses them. */
@AutoConfiguration(after = AxonAutoConfiguration.class)
public class PersonalDataConfiguration {

    @Bean
    PersonalDataKeys personalDataKeys(JdbcClient jdbc, Clock clock) {
        return new PersonalDataKeys(jdbc, clock);
    }

    /**
     * Wraps Axon's event serializer (the bean {@code eventSerializer}, Jackson 3 here) wherever Axon uses it: the
     * event store, the dead-letter queues. Static, as a post-processor must be; the keys are looked up when first
     * used.
     */
    @Bean
    static BeanPostProcessor personalDataInEvents(ObjectProvider<PersonalDataKeys> keys) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return "eventSerializer".equals(beanName) && bean instanceof Serializer events
                        && !(bean instanceof PersonalDataProtection) ? new PersonalDataProtection(events, keys) : bean;
            }
        };
    }
}
