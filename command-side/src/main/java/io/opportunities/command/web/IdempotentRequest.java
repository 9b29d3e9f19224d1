package io.opportunities.command.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A command request sent with an {@code Idempotency-Key}: who sent it, the key, and the fingerprint of the request
 * (method, path, body). The ids the request makes up (of the opportunity, a buying action, a next step...) are
 * derived from the key, so a retry of the same request names the same things.
 */
public final class IdempotentRequest {

    static final String ATTRIBUTE = IdempotentRequest.class.getName();

    private final String actor;
    private final String key;
    private final String fingerprint;
    private final AtomicInteger idsMade = new AtomicInteger();

    IdempotentRequest(String actor, String key, String fingerprint) {
        this.actor = actor;
        this.key = key;
        this.fingerprint = fingerprint;
    }

    /** The idempotent request this thread serves, if any. */
    static Optional<IdempotentRequest> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((IdempotentRequest) attributes.getAttribute(ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST));
    }

    String actor() {
        return actor;
    }

    String key() {
        return key;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** The n-th id this request makes up: the same n-th id for every retry of it. */
    UUID nextId() {
        return UUID.nameUUIDFromBytes(("idempotent/" + actor + "/" + key + "/" + idsMade.getAndIncrement())
                .getBytes(StandardCharsets.UTF_8));
    }
}
