package io.opportunities.api.team;

import java.time.Instant;
import java.time.LocalDate;

/** The team's name, manager, office or members changed; {@code details} is the team as it is now. */
public record SalesTeamChanged(String teamId,
                               SalesTeamDetails previous,
                               SalesTeamDetails details,
                               String recordedBy,
                               Instant recordedAt,
                               LocalDate occurredOn) implements SalesTeamEvent {
}
