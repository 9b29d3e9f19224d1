package io.opportunities.query.team;

import io.opportunities.platform.config.SalesProperties;
import io.opportunities.platform.config.SalesProperties.Team;
import io.opportunities.platform.web.BadRequest;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales teams of the configuration: which team an owner belongs to, and who a team's members are. A deal
 * belongs to its owner's team; an owner no team lists belongs to {@value #NO_TEAM}.
 */
@Component
public class Teams {

    public static final String NO_TEAM = "(no team)";

    private final Map<String, Team> byName = new LinkedHashMap<>();
    private final Map<String, String> teamOfOwner = new HashMap<>();

    public Teams(SalesProperties properties) {
        for (Team team : properties.teams()) {
            if (byName.put(team.name(), team) != null) {
                throw new IllegalStateException("Team " + team.name() + " is configured twice");
            }
            for (String member : team.members()) {
                String other = teamOfOwner.put(member, team.name());
                if (other != null) {
                    throw new IllegalStateException(member + " is a member of both " + other + " and " + team.name());
                }
            }
        }
    }

    public String teamOf(String owner) {
        return teamOfOwner.getOrDefault(owner, NO_TEAM);
    }

    /** The members of a team, or 400 naming the teams there are. */
    public List<String> members(String team) {
        Team known = byName.get(team);
        if (known == null) {
            throw BadRequest.of("Unknown team",
                    "There is no team " + team + "; the teams are: " + String.join(", ", byName.keySet()) + ".");
        }
        return known.members();
    }
}
