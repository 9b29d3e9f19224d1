package io.opportunities.query.team;

import java.util.List;

/** Teams as the tests need them, without a configuration or a database. */
public final class TeamsForTests {

    private TeamsForTests() {
    }

    public static Teams of(Teams.Team... teams) {
        return new Teams(List.of(teams));
    }
}
