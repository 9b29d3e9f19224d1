package io.opportunities.query.funnel;

import io.opportunities.platform.web.BadRequest;
import io.opportunities.query.team.Teams;
import io.opportunities.query.timeline.DealState;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** What a funnel can be grouped by: who owns the deals, whose team, which customer or product, when they close. */
enum FunnelGrouping {
    OWNER, TEAM, CUSTOMER, PRODUCT, MONTH, QUARTER;

    static final String NO_PRODUCT = "(no product)";

    static FunnelGrouping parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw BadRequest.of("Invalid grouping", "groupBy must be one of "
                    + String.join(", ", Arrays.stream(values()).map(FunnelGrouping::key).toList()) + ", not " + text + ".");
        }
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column of {@code opportunity o} this grouping reads; {@code expectedCloseOn} is where the close date is. */
    String column(String expectedCloseOn) {
        return switch (this) {
            case OWNER, TEAM -> "o.owner";
            case CUSTOMER -> "o.customer";
            case PRODUCT -> "o.product";
            case MONTH, QUARTER -> expectedCloseOn;
        };
    }

    /** The value this grouping reads of a deal folded from its timeline: the same as {@link #column}'s. */
    Object valueOf(DealState deal) {
        return switch (this) {
            case OWNER, TEAM -> deal.owner();
            case CUSTOMER -> deal.customer();
            case PRODUCT -> deal.product();
            case MONTH, QUARTER -> deal.expectedCloseOn();
        };
    }

    /** The group of a deal whose grouped value is {@code value}: an owner, a team, a customer, a product, a period. */
    String group(Object value, Teams teams) {
        return switch (this) {
            case OWNER, CUSTOMER -> (String) value;
            case PRODUCT -> value == null ? NO_PRODUCT : (String) value;
            case TEAM -> teams.teamOf((String) value);
            case MONTH -> ClosePeriod.containing((LocalDate) value, ClosePeriod.Granularity.MONTH).label();
            case QUARTER -> ClosePeriod.containing((LocalDate) value, ClosePeriod.Granularity.QUARTER).label();
        };
    }

    boolean byDate() {
        return this == MONTH || this == QUARTER;
    }
}
