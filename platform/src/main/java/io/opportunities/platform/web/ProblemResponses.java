package io.opportunities.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes an RFC 9457 problem where no controller advice runs (in the security filters), and builds the problems
 * both sides answer alike.
 */
public final class ProblemResponses {

    private final JsonMapper jsonMapper;

    public ProblemResponses(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * The one answer for an opportunity that does not exist and for one the sender may not see, on every endpoint
     * of both sides: nothing in it tells the two apart.
     */
    public static ProblemDetail unknownOpportunity(String detail) {
        return Problems.rule(HttpStatus.NOT_FOUND, "unknown-opportunity", "Unknown opportunity", detail);
    }

    public void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = Problems.typed(ProblemDetail.forStatusAndDetail(status, detail));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
