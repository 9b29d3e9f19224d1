package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.OpportunityStatus;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** The list's filters; a filter left out matches every opportunity. */
final class OpportunityFilters {

    private OpportunityFilters() {
    }

    static Specification<OpportunityRow> of(String stage, String owner, OpportunityStatus status, String customer) {
        return Specification.allOf(
                equal("stage", stage),
                equal("owner", owner),
                equal("status", status == null ? null : status.name()),
                customerContains(customer));
    }

    private static Specification<OpportunityRow> equal(String property, String value) {
        return (root, query, builder) -> value == null || value.isBlank()
                ? null : builder.equal(root.get(property), value);
    }

    private static Specification<OpportunityRow> customerContains(String part) {
        return (root, query, builder) -> {
            if (part == null || part.isBlank()) {
                return null;
            }
            String pattern = "%" + part.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return builder.like(builder.lower(root.get("customer")), pattern, '\\');
        };
    }
}
