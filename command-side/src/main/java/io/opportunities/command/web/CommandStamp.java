package io.opportunities.command.web;

import java.time.Instant;
import java.time.LocalDate;

/** Who sends a command and when: the authenticated user, the moment of recording, the business date. */
public record CommandStamp(String actor, Instant recordedAt, LocalDate occurredOn) {
}
