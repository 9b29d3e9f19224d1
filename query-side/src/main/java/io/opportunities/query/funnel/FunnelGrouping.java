package io.opportunities.query.funnel;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.Arrays;
import java.util.Locale;

/** What a funnel can be grouped by: who owns the deals, whose team, which customer or product, when they close. */
enum FunnelGrouping {
    OWNER, TEAM, CUSTOMER, PRODUCT, MONTH, QUARTER;

    static FunnelGrouping parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "groupBy must be one of "
                    + String.join(", ", Arrays.stream(values()).map(FunnelGrouping::key).toList()) + ", not " + text + ".");
            problem.setTitle("Invalid grouping");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
