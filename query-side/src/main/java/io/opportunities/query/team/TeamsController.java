package io.opportunities.query.team;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Sales organisation", description = "The teams and the customers the reports group deals by")
class TeamsController {

    private final SalesTeams salesTeams;

    TeamsController(SalesTeams salesTeams) {
        this.salesTeams = salesTeams;
    }

    @GetMapping("/api/teams")
    @Operation(summary = "The sales teams",
            description = "The configured teams (sales.teams) first, then those registered as events (e.g. by an "
                    + "import), each with its manager, regional office and members: what the reports' team filter "
                    + "and grouping mean. A member another team lists first is not repeated.")
    List<Teams.Team> listTeams() {
        Teams teams = salesTeams.current();
        return teams.all().stream()
                .map(team -> new Teams.Team(team.name(), team.manager(), team.regionalOffice(),
                        teams.members(team.name())))
                .toList();
    }
}
