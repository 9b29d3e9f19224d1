package io.opportunities.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Reads the aggregate version a client expects from an {@code If-Match} header: {@code "3"}, {@code 3} or {@code *}. */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** The expected version, or null when the client sent no If-Match (or {@code *}): then any version will do. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "If-Match must carry an opportunity version as returned in an ETag, e.g. \"3\".");
        problem.setTitle("Invalid If-Match");
        throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    public static String eTag(long version) {
        return "\"" + version + "\"";
    }
}
