package io.opportunities.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 problem for a request parameter or header the API cannot read: its title and what is expected instead. */
public final class BadRequest {

    private BadRequest() {
    }

    public static ErrorResponseException of(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
