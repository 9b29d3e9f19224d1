package io.opportunities.command.web;

import io.opportunities.platform.config.SalesProperties;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stamps commands with the facts the aggregate must not find out by itself: the actor is the authenticated user,
 * the recording time comes from the clock, and the business date defaults to today in the organisation's zone.
 */
@Component
public class CommandStamps {

    private final Clock clock;
    private final SalesProperties properties;

    CommandStamps(Clock clock, SalesProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public CommandStamp stamp(Authentication user, LocalDate occurredOn) {
        return stamp(user.getName(), occurredOn);
    }

    /** For an actor who is not a request's user, e.g. an import started from the command line. */
    public CommandStamp stamp(String actor, LocalDate occurredOn) {
        Instant now = clock.instant();
        LocalDate businessDate = occurredOn != null ? occurredOn : LocalDate.ofInstant(now, properties.timeZone());
        return new CommandStamp(actor, now, businessDate);
    }
}
