package io.opportunities.api.team;

import java.time.Instant;
import java.time.LocalDate;

public record SalesTeamRegistered(String teamId,
                                  SalesTeamDetails details,
                                  String recordedBy,
                                  Instant recordedAt,
                                  LocalDate occurredOn) implements SalesTeamEvent {
}
