package io.opportunities.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A 409 problem for a query the resource's state forbids now, named by its rule the way a command's rejection is:
 * e.g. the win/loss review of a deal still open.
 */
public final class RuleBroken {

    private RuleBroken() {
    }

    public static ErrorResponseException of(String rule, String detail) {
        return Problems.exception(Problems.rule(HttpStatus.CONFLICT, rule, "Business rule broken", detail));
    }
}
