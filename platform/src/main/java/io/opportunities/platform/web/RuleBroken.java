package io.opportunities.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A 409 problem for a query the resource's state forbids now, named by its rule the way a command's rejection is:
 * e.g. the win/loss review of a deal still open.
 */
public final class RuleBroken {

    private RuleBroken() {
    }

    public static ErrorResponseException of(String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Business rule broken");
        problem.setType(URI.create("urn:opportunities:rule:" + rule));
        problem.setProperty("rule", rule);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
