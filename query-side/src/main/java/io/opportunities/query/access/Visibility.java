package io.opportunities.query.access;

import java.util.List;
import java.util.Set;

/**
 * The deals a user's lists and reports cover: those of the owners {@link io.opportunities.platform.security.DealAccess}
 * lets them read, or every deal (an administrator). A deal outside it is in no list, count, sum or group.
 *
 * @param owners the owners whose deals are covered, sorted; null for every deal
 */
public record Visibility(List<String> owners) {

    public Visibility {
        owners = owners == null ? null : owners.stream().sorted().toList();
    }

    public static Visibility everyDeal() {
        return new Visibility(null);
    }

    public static Visibility ofOwners(Set<String> owners) {
        return new Visibility(List.copyOf(owners));
    }

    public boolean coversEveryDeal() {
        return owners == null;
    }

    public boolean covers(String owner) {
        return owners == null || owners.contains(owner);
    }
}
