package io.opportunities.platform.messaging;

/** The metadata keys of the messages, and the HTTP header that carries a request's correlation id. */
public final class MessageKeys {

    /** Every message caused by one request (or one import) shares it: the request's id, or the client's own. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one: an event's command. */
    public static final String CAUSATION_ID = "causationId";
    /** A command's sender's roles, comma-separated; for the aggregate's access rules, not copied to events. */
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private MessageKeys() {
    }
}
