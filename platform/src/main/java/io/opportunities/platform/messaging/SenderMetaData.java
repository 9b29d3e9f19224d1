package io.opportunities.platform.messaging;

import io.opportunities.platform.security.Actor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Adds to a command sent while serving a request what the server knows of its sender: the request's correlation id
 * and the authenticated user's roles. Metadata the sender set itself (e.g. an import's correlation id) is kept.
 */
class SenderMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(MessageKeys.CORRELATION_ID)) {
                RequestCorrelation.current().ifPresent(id -> added.put(MessageKeys.CORRELATION_ID, id));
            }
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (!command.getMetaData().containsKey(MessageKeys.ACTOR_ROLES) && user != null && user.isAuthenticated()) {
                added.put(MessageKeys.ACTOR_ROLES, Actor.of(user).rolesAsText());
            }
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
