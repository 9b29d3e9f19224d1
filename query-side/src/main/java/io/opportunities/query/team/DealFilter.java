package io.opportunities.query.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which deals a manager's report covers: one owner's, one team's (its members' deals), one customer's, one
 * product's; a filter left out matches every deal. It renders as SQL conditions on the opportunity table's columns
 * with named parameters, so every report filters the same way.
 */
public record DealFilter(String owner, String team, List<String> teamMembers, String customer, String product) {

    /** @param team a team's name, resolved to its members (400 when there is no such team) */
    public static DealFilter of(String owner, String team, String customer, String product, Teams teams) {
        return new DealFilter(blankToNull(owner), blankToNull(team),
                blankToNull(team) == null ? null : teams.members(team), blankToNull(customer), blankToNull(product));
    }

    public static DealFilter none() {
        return new DealFilter(null, null, null, null, null);
    }

    /** The conditions, each starting with AND, on the columns of the table or alias {@code table}. */
    public String conditions(String table) {
        StringBuilder sql = new StringBuilder();
        if (owner != null) {
            sql.append(" AND ").append(table).append(".owner = :filterOwner");
        }
        if (teamMembers != null) {
            sql.append(teamMembers.isEmpty() ? " AND 1 = 0" : " AND " + table + ".owner IN (:filterTeamMembers)");
        }
        if (customer != null) {
            sql.append(" AND ").append(table).append(".customer = :filterCustomer");
        }
        if (product != null) {
            sql.append(" AND ").append(table).append(".product = :filterProduct");
        }
        return sql.toString();
    }

    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        if (owner != null) {
            parameters.put("filterOwner", owner);
        }
        if (teamMembers != null && !teamMembers.isEmpty()) {
            parameters.put("filterTeamMembers", teamMembers);
        }
        if (customer != null) {
            parameters.put("filterCustomer", customer);
        }
        if (product != null) {
            parameters.put("filterProduct", product);
        }
        return parameters;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
