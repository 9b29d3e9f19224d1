package io.opportunities.query.team;

import io.opportunities.api.team.SalesTeamEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the registered sales teams, each as its latest event states it, for the reports' team filter and grouping. */
@Component
@ProcessingGroup(SalesTeamProjection.PROCESSING_GROUP)
class SalesTeamProjection {

    static final String PROCESSING_GROUP = "sales-organisation";

    private final JdbcClient jdbc;

    SalesTeamProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SalesTeamEvent event) {
        jdbc.sql("DELETE FROM sales_team WHERE team_id = ?").param(event.teamId()).update();
        jdbc.sql("INSERT INTO sales_team (team_id, name, manager, regional_office) VALUES (?, ?, ?, ?)")
                .params(event.teamId(), event.details().name(), event.details().manager(),
                        event.details().regionalOffice())
                .update();
        List<String> members = event.details().members();
        for (int position = 0; position < members.size(); position++) {
            jdbc.sql("INSERT INTO sales_team_member (team_id, position, member) VALUES (?, ?, ?)")
                    .params(event.teamId(), position, members.get(position))
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM sales_team_member").update();
        jdbc.sql("DELETE FROM sales_team").update();
    }
}
