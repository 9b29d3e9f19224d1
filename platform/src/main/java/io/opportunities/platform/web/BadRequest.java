package io.opportunities.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A 400 problem for a request parameter or header the API cannot read: its title and what is expected instead. */
public final class BadRequest {

    private BadRequest() {
    }

    public static ErrorResponseException of(String title, String detail) {
        return Problems.exception(Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", title, detail));
    }
}
