package io.opportunities.command.web;

import io.opportunities.api.opportunity.OpportunityCommand;
import io.opportunities.platform.web.Problems;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends the command API's commands, once per Idempotency-Key. A request with a key already used by the same user
 * gets the original command's result and sends nothing (the answer says {@code Idempotent-Replayed: true}); with
 * another body it is a 422. The result is kept by a command handler interceptor in the transaction that stores the
 * command's events, so the two cannot part: a crash either keeps both or neither, and of two requests with the same
 * key racing, the second fails on the key's primary key, stores nothing and answers with the first one's result.
 */
@Component
public class IdempotentCommands {

    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String REQUEST_FINGERPRINT = "requestFingerprint";

    private final CommandGateway gateway;
    private final IdempotencyStore store;

    IdempotentCommands(CommandGateway gateway, IdempotencyStore store, CommandBus commandBus) {
        this.gateway = gateway;
        this.store = store;
        commandBus.registerHandlerInterceptor(new ResultKeeper(store));
    }

    public <R> R sendAndWait(Object command) {
        Optional<IdempotentRequest> idempotent = IdempotentRequest.current();
        if (idempotent.isEmpty()) {
            return gateway.sendAndWait(command);
        }
        IdempotentRequest request = idempotent.get();
        // the result is kept by the ResultKeeper, in the transaction that stores the command's events
        return once(request, keptInTheCommandsTransaction -> gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                        IDEMPOTENCY_KEY, request.key(), REQUEST_FINGERPRINT, request.fingerprint()))));
    }

    /**
     * Does {@code action} once per Idempotency-Key (a command, or a request that is not one command: an import): a
     * retry with the same key and request gets the original result and {@code action} is not done again; with
     * another request it is a 422. {@code action} is given what keeps its result, to call in the transaction that
     * stores what it does, so that of two requests with the same key racing, the second fails on the key, stores
     * nothing and gets the first one's result.
     */
    public <R> R once(IdempotentRequest request, Function<Consumer<R>, R> action) {
        Optional<R> earlier = earlierResult(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return action.apply(result -> store.record(request.actor(), request.key(), request.fingerprint(), result));
        } catch (DuplicateKeyException sameKeyStoredMeanwhile) {
            return this.<R>earlierResult(request).orElseThrow(() -> sameKeyStoredMeanwhile);
        }
    }

    @SuppressWarnings("unchecked")
    private <R> Optional<R> earlierResult(IdempotentRequest request) {
        return store.find(request.actor(), request.key()).map(recorded -> {
            if (!recorded.fingerprint().equals(request.fingerprint())) {
                throw Problems.exception(Problems.rule(HttpStatusCode.valueOf(422), "idempotency-key-reused",
                        "Idempotency-Key reused", "Idempotency-Key " + request.key() + " was used for another request "
                                + "(another path or body). Use a new key for a new command."));
            }
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                    && servlet.getResponse() != null) {
                servlet.getResponse().setHeader("Idempotent-Replayed", "true");
            }
            return (R) recorded.result();
        });
    }

    /** Keeps the result of a command sent with a key, inside the command's unit of work and its transaction. */
    private record ResultKeeper(IdempotencyStore store) implements MessageHandlerInterceptor<CommandMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            CommandMessage<?> command = unitOfWork.getMessage();
            Object key = command.getMetaData().get(IDEMPOTENCY_KEY);
            Object result = chain.proceed();
            if (key != null && result != null
                    && command.getPayload() instanceof OpportunityCommand sent) {
                store.record(sent.recordedBy(), key.toString(),
                        String.valueOf(command.getMetaData().get(REQUEST_FINGERPRINT)), result);
            }
            return result;
        }
    }
}
