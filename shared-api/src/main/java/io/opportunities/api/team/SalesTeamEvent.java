package io.opportunities.api.team;

import java.time.Instant;
import java.time.LocalDate;

/** A fact about a sales team, with who recorded it, when, and the business date it took effect. */
public sealed interface SalesTeamEvent permits SalesTeamRegistered, SalesTeamChanged {

    String teamId();

    SalesTeamDetails details();

    String recordedBy();

    Instant recordedAt();

    LocalDate occurredOn();
}
