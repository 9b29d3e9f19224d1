package io.opportunities.query.consistency;

import io.opportunities.platform.web.ProblemResponses;
import io.opportunities.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The 404 problems of the query side. */
public final class NotFound {

    private NotFound() {
    }

    /** An opportunity that does not exist, or one the user may not see: the same answer for both. */
    public static ErrorResponseException opportunity(String opportunityId) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemResponses.unknownOpportunity("There is no opportunity " + opportunityId + "."), null);
    }

    /** The opportunity exists now, but had not been opened on that business day or recorded by that time. */
    public static ErrorResponseException opportunityAt(String opportunityId, Object asOf, Object knownAt) {
        ProblemDetail problem = Problems.problem(HttpStatus.NOT_FOUND, "unknown-opportunity-then",
                "Unknown opportunity at that moment", "Opportunity " + opportunityId + " did not exist then"
                        + (asOf == null ? "" : ": it had not been opened by the end of " + asOf)
                        + (knownAt == null ? "" : (asOf == null ? ": " : ", or ") + "it was not yet recorded at " + knownAt)
                        + ".");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
