package io.opportunities.command.team;

import io.opportunities.api.team.RegisterSalesTeam;
import io.opportunities.api.team.SalesTeamChanged;
import io.opportunities.api.team.SalesTeamDetails;
import io.opportunities.api.team.SalesTeamRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A sales team: a manager, the regional office it works from, and its members, who own its deals. Registering it
 * is idempotent: the same facts again change nothing, other facts are recorded as a change.
 */
@Aggregate
class SalesTeam {

    @AggregateIdentifier
    private String teamId;
    private SalesTeamDetails details;

    protected SalesTeam() {
        // for Axon: the state comes from the events
    }

    /** @return whether the registration changed anything */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(RegisterSalesTeam command) {
        if (teamId == null) {
            apply(new SalesTeamRegistered(command.teamId(), command.details(), command.recordedBy(),
                    command.recordedAt(), command.occurredOn()));
            return true;
        }
        if (details.equals(command.details())) {
            return false;
        }
        apply(new SalesTeamChanged(teamId, details, command.details(), command.recordedBy(), command.recordedAt(),
                command.occurredOn()));
        return true;
    }

    @EventSourcingHandler
    void on(SalesTeamRegistered event) {
        teamId = event.teamId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(SalesTeamChanged event) {
        details = event.details();
    }
}
