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
}
