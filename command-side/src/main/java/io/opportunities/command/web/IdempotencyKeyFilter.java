package io.opportunities.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import io.opportunities.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code Idempotency-Key} of a command request on an opportunity (after authentication: a key is the
 * user's) and fingerprints the request: method, path and body. The key is printable ASCII, 1 to 255 characters
 * (else 400). {@link IdempotentCommands} then answers a retry with the original result.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    IdempotencyKeyFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(IdempotentRequest.HEADER) == null
                || !request.getRequestURI().startsWith("/api/opportunities");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response); // security answers 401
            return;
        }
        String key = request.getHeader(IdempotentRequest.HEADER);
        if (!IdempotentRequest.isValidKey(key)) {
            problems.write(response, HttpStatus.BAD_REQUEST, IdempotentRequest.INVALID_KEY, IdempotentRequest.KEY_RULE);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes(); // at most sales.max-body-bytes: RequestSizeLimit stops it
        } catch (IOException tooLargeOrBroken) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                    "The command's body could not be read whole: " + tooLargeOrBroken.getMessage() + ".");
            return;
        }
        request.setAttribute(IdempotentRequest.ATTRIBUTE,
                new IdempotentRequest(user.getName(), key, fingerprint(request, body)));
        chain.doFilter(new CachedBody(request, body), response);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        return IdempotentRequest.fingerprint(
                (request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8), body);
    }

    /** The request with its body read once, for the fingerprint, and served again to the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
