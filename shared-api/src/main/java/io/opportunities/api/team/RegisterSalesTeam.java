package io.opportunities.api.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Register a sales team: its name, its manager, the regional office it works from and its members, the owners of
 * its deals. Registering a team again with the same facts changes nothing; with other facts it records the change.
 */
public record RegisterSalesTeam(@TargetAggregateIdentifier String teamId,
                                SalesTeamDetails details,
                                String recordedBy,
                                Instant recordedAt,
                                LocalDate occurredOn) {
}
