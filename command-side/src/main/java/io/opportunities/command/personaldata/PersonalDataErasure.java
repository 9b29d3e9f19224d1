package io.opportunities.command.personaldata;

import io.opportunities.api.closingplan.StakeholderPersonalDataErased;
import io.opportunities.platform.personaldata.PersonalDataKeys;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes a person's key when their personal data is erased, in the very transaction that stores the erasure: a
 * subscribing processor handles the event in the command's unit of work, and a failure here rolls the command back.
 * So an erasure on record always means the key is gone.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataErasure {

    static final String PROCESSING_GROUP = "personal-data-keys";

    @Bean
    ConfigurerModule personalDataKeysInTheCommandsTransaction() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    KeyEraser keyEraser(PersonalDataKeys keys) {
        return new KeyEraser(keys);
    }

    @ProcessingGroup(PROCESSING_GROUP)
    static class KeyEraser {

        private final PersonalDataKeys keys;

        KeyEraser(PersonalDataKeys keys) {
            this.keys = keys;
        }

        @EventHandler
        void on(StakeholderPersonalDataErased event) {
            keys.erase(event.stakeholderId());
        }
    }
}
