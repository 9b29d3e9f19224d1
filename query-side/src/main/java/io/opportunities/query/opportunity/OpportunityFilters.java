package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.query.access.Visibility;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** The list's filters; a filter left out matches every opportunity the user may see. */
final class OpportunityFilters {

    private OpportunityFilters() {
    }

    static Specification<OpportunityRow> of(String stage, String owner, OpportunityStatus status, String customer,
                                            Visibility visibility) {
        return Specification.allOf(
                visibleTo(visibility),
                equal("stage", stage),
                equal("owner", owner),
                equal("status", status == null ? null : status.name()),
                customerContains(customer));
    }

    /** Only the deals of the owners the user may see. */
    private static Specification<OpportunityRow> visibleTo(Visibility visibility) {
        return (root, query, builder) -> visibility.coversEveryDeal() ? null
                : visibility.owners().isEmpty() ? builder.disjunction() : root.get("owner").in(visibility.owners());
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
