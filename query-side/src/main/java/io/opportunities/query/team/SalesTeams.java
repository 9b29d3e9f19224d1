package io.opportunities.query.team;

import io.opportunities.platform.config.SalesProperties;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sales teams of the configuration ({@code sales.teams}) and those registered as events (e.g. by an import), as
 * they stand now. A configured team comes first: a registered team of the same name, or a member a configured team
 * already has, gives way to it.
 */
@Component
public class SalesTeams {

    private final List<Teams.Team> configured;
    private final JdbcClient jdbc;

    public SalesTeams(SalesProperties properties, JdbcClient jdbc) {
        this.jdbc = jdbc;
        Set<String> names = new HashSet<>();
        Set<String> members = new HashSet<>();
        List<Teams.Team> teams = new ArrayList<>();
        for (SalesProperties.Team team : properties.teams()) {
            if (!names.add(team.name())) {
                throw new IllegalStateException("Team " + team.name() + " is configured twice");
            }
            for (String member : team.members()) {
                if (!members.add(member)) {
                    throw new IllegalStateException(member + " is a member of two configured teams");
                }
            }
            teams.add(new Teams.Team(team.name(), team.manager(), null, team.members()));
        }
        this.configured = List.copyOf(teams);
    }

    /**
     * The teams now, read with one small query when the report first asks, so that it sees them as they stand when
     * it runs.
     */
    public Teams current() {
        return new Teams(this::read);
    }

    private List<Teams.Team> read() {
        Map<String, Teams.Team> registered = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT t.team_id, t.name, t.manager, t.regional_office, m.member
                        FROM sales_team t LEFT JOIN sales_team_member m ON m.team_id = t.team_id
                        ORDER BY t.name, t.team_id, m.position""")
                .query((RowCallbackHandler) rs -> {
                    String id = rs.getString("team_id");
                    registered.computeIfAbsent(id, key -> {
                        try {
                            return new Teams.Team(rs.getString("name"), rs.getString("manager"),
                                    rs.getString("regional_office"), List.of());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String member = rs.getString("member");
                    if (member != null) {
                        members.computeIfAbsent(id, key -> new ArrayList<>()).add(member);
                    }
                });
        List<Teams.Team> all = new ArrayList<>(configured);
        registered.forEach((id, team) -> all.add(new Teams.Team(team.name(), team.manager(), team.regionalOffice(),
                members.getOrDefault(id, List.of()))));
        return all;
    }
}
