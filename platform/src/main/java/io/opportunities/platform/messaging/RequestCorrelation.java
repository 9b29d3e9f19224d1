package io.opportunities.platform.messaging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id: the client's {@value MessageKeys#CORRELATION_HEADER} when it is a plain
 * token (letters, digits, {@code . _ : -}, at most 64), else a new UUID. The answer carries it back in the same
 * header, the log lines of the request carry it (MDC {@code correlationId}), and so does every command the request
 * sends and every event those commands store.
 */
public class RequestCorrelation extends OncePerRequestFilter {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The correlation id of the request this thread serves, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(MessageKeys.CORRELATION_HEADER);
        String correlationId = given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(MessageKeys.CORRELATION_HEADER, correlationId);
        CURRENT.set(correlationId);
        MDC.put(MessageKeys.CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
            MDC.remove(MessageKeys.CORRELATION_ID);
        }
    }
}
