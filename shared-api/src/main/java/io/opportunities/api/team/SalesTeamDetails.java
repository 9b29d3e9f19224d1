package io.opportunities.api.team;

import java.util.List;

/** What a sales team is: its name, manager, regional office and members (the owners of its deals). */
public record SalesTeamDetails(String name, String manager, String regionalOffice, List<String> members) {

    public SalesTeamDetails {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
