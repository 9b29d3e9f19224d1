package io.opportunities.platform.web;

import io.opportunities.platform.messaging.MessageKeys;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;

/**
 * Tomcat's own error answers (a request it refuses before any servlet sees it, e.g. an encoded slash or a NUL in the
 * path) as RFC 9457 problems instead of Tomcat's HTML page, with nothing of the server in them.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        try {
            if (response.getHeader(MessageKeys.CORRELATION_HEADER) == null) {
                // no filter saw the request: the answer names one all the same, as every answer does
                response.setHeader(MessageKeys.CORRELATION_HEADER, UUID.randomUUID().toString());
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + Problems.typeOf(status) + "\",\"title\":\"" + title
                        + "\",\"status\":" + status
                        + ",\"detail\":\"The server could not read this request.\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // the answer is gone already: nothing more to say
        }
    }
}
