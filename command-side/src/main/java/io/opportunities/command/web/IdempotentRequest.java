package io.opportunities.command.web;

import io.opportunities.platform.web.BadRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A command request sent with an {@code Idempotency-Key}: who sent it, the key, and the fingerprint of the request
 * (method, path, body). The ids the request makes up (of the opportunity, a buying action, a next step...) are
 * derived from the key, so a retry of the same request names the same things.
 */
public final class IdempotentRequest {

    public static final String HEADER = "Idempotency-Key";
    static final String ATTRIBUTE = IdempotentRequest.class.getName();
    static final String INVALID_KEY = "Invalid Idempotency-Key";
    static final String KEY_RULE = "An Idempotency-Key is 1 to 255 printable ASCII characters, e.g. a UUID.";
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private final String actor;
    private final String key;
    private final String fingerprint;
    private final AtomicInteger idsMade = new AtomicInteger();

    IdempotentRequest(String actor, String key, String fingerprint) {
        this.actor = actor;
        this.key = key;
        this.fingerprint = fingerprint;
    }

    /**
     * A request that is not one command on an opportunity (an import), fingerprinted by its caller from what it
     * means, not from its bytes (a multipart body's boundary differs on every retry).
     *
     * @throws org.springframework.web.ErrorResponseException 400 when the key breaks {@link #KEY_RULE}
     */
    public static IdempotentRequest of(String actor, String key, String fingerprint) {
        if (!isValidKey(key)) {
            throw BadRequest.of(INVALID_KEY, KEY_RULE);
        }
        return new IdempotentRequest(actor, key, fingerprint);
    }

    /** The SHA-256 of the parts, one after the other, in hex. */
    public static String fingerprint(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    static boolean isValidKey(String key) {
        return KEY.matcher(key).matches();
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
