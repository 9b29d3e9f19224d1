package io.opportunities.query.consistency;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The 404 problems of the query side. */
public final class NotFound {

    private NotFound() {
    }

    public static ErrorResponseException opportunity(String opportunityId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no opportunity " + opportunityId + ".");
        problem.setTitle("Unknown opportunity");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** The opportunity exists now, but had not been opened on that business day or recorded by that time. */
    public static ErrorResponseException opportunityAt(String opportunityId, Object asOf, Object knownAt) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Opportunity " + opportunityId + " did not exist then"
                        + (asOf == null ? "" : ": it had not been opened by the end of " + asOf)
                        + (knownAt == null ? "" : (asOf == null ? ": " : ", or ") + "it was not yet recorded at " + knownAt)
                        + ".");
        problem.setTitle("Unknown opportunity at that moment");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
