package io.opportunities.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * RFC 9457 problems with a {@code type} a client can switch on, on every answer of both sides: a broken business
 * rule is {@code urn:opportunities:rule:<rule>} (with the rule's name in {@code rule}), every other problem
 * {@code urn:opportunities:problem:<name>}, e.g. {@code invalid-input} or {@code version-conflict}. No answer says
 * {@code about:blank}: where Spring or Tomcat answered without a type, the status names it.
 */
public final class Problems {

    public static final String PROBLEM = "urn:opportunities:problem:";
    public static final String RULE = "urn:opportunities:rule:";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM + type));
        problem.setTitle(title);
        return problem;
    }

    /** A rule the request breaks, named in {@code type} and in {@code rule}. */
    public static ProblemDetail rule(HttpStatusCode status, String rule, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(RULE + rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        return problem;
    }

    public static ErrorResponseException exception(ProblemDetail problem) {
        return new ErrorResponseException(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
    }

    /** Gives a problem without a type of its own (Spring's, Tomcat's) the type its status names. */
    public static ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(typeOf(problem.getStatus()));
        }
        return problem;
    }

    /** The type of a problem that only its status describes. */
    public static URI typeOf(int status) {
        return URI.create(PROBLEM + switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "not-authenticated";
            case 403 -> "access-denied";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "request-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable-request";
            case 500 -> "internal-error";
            case 503 -> "unavailable";
            default -> "http-" + status;
        });
    }
}
