package io.opportunities.query.team;

import io.opportunities.query.access.Visibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which deals a report covers: those the user may see ({@link Visibility}), and of those one owner's, one team's
 * (its members' deals), one customer's, one product's; a filter left out matches every deal the user may see. It
 * renders as SQL conditions on the opportunity table's columns with named parameters, so every report filters the
 * same way.
 *
 * @param visibleOwners the owners whose deals the user may see; null for every deal
 */
public record DealFilter(String owner, String team, List<String> teamMembers, String customer, String product,
                         List<String> visibleOwners) {

    /** @param team a team's name, resolved to its members (400 when there is no such team) */
    public static DealFilter of(String owner, String team, String customer, String product, Teams teams,
                                Visibility visibility) {
        return new DealFilter(blankToNull(owner), blankToNull(team),
                blankToNull(team) == null ? null : teams.members(team), blankToNull(customer), blankToNull(product),
                visibility.owners());
    }

    /** Every deal the user may see. */
    public static DealFilter visibleTo(Visibility visibility) {
        return new DealFilter(null, null, null, null, null, visibility.owners());
    }

    /** Every deal, whoever owns it: for what learns from all of them and shows none (the win model's training). */
    public static DealFilter everyDeal() {
        return new DealFilter(null, null, null, null, null, null);
    }

    /** The conditions, each starting with AND, on the columns of the table or alias {@code table}. */
    public String conditions(String table) {
        StringBuilder sql = new StringBuilder();
        if (visibleOwners != null) {
            sql.append(visibleOwners.isEmpty() ? " AND 1 = 0" : " AND " + table + ".owner IN (:visibleOwners)");
        }
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
        if (visibleOwners != null && !visibleOwners.isEmpty()) {
            parameters.put("visibleOwners", visibleOwners);
        }
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
