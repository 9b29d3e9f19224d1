package io.opportunities.query.team;

import io.opportunities.platform.web.BadRequest;
import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sales teams as they stand: which team an owner belongs to, and who a team's members are. A deal belongs to its
 * owner's team; an owner no team lists belongs to {@value #NO_TEAM}. A name or a member taken by an earlier team is
 * not taken again by a later one. The teams are read when first asked for, so a report that neither filters nor
 * groups by team reads none; an instance serves one request.
 */
public final class Teams {

    public static final String NO_TEAM = "(no team)";

    /** A team: its name, its manager, the regional office it works from (if known) and its members. */
    public record Team(String name, String manager, @Nullable String regionalOffice, List<String> members) {

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    private final Supplier<List<Team>> source;
    private Map<String, Team> byName;
    private Map<String, Team> teamOfOwner;

    Teams(List<Team> teams) {
        this(() -> teams);
    }

    Teams(Supplier<List<Team>> source) {
        this.source = source;
    }

    public String teamOf(String owner) {
        Team team = teamOfOwner().get(owner);
        return team == null ? NO_TEAM : team.name();
    }

    /** The regional office of the owner's team, if the team has one. */
    public Optional<String> regionalOfficeOf(String owner) {
        return Optional.ofNullable(teamOfOwner().get(owner)).map(Team::regionalOffice);
    }

    /** The members of a team, or 400 naming the teams there are. */
    public List<String> members(String team) {
        Team known = byName().get(team);
        if (known == null) {
            throw BadRequest.of("Unknown team",
                    "There is no team " + team + "; the teams are: " + String.join(", ", byName().keySet()) + ".");
        }
        return known.members().stream().filter(member -> teamOfOwner().get(member) == known).toList();
    }

    public List<Team> all() {
        return List.copyOf(byName().values());
    }

    private Map<String, Team> byName() {
        index();
        return byName;
    }

    private Map<String, Team> teamOfOwner() {
        index();
        return teamOfOwner;
    }

    private void index() {
        if (byName != null) {
            return;
        }
        byName = new LinkedHashMap<>();
        teamOfOwner = new HashMap<>();
        for (Team team : source.get()) {
            if (byName.putIfAbsent(team.name(), team) != null) {
                continue;
            }
            team.members().forEach(member -> teamOfOwner.putIfAbsent(member, team));
        }
    }
}
