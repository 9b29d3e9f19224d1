package io.opportunities.query.consistency;

import io.opportunities.platform.config.SalesProperties;
import io.opportunities.platform.web.Problems;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets a client read its own write: a query that names the version a command returned waits, for a bounded time,
 * until the projection has applied that version.
 * <ul>
 *     <li>No event at all for the opportunity: 404.</li>
 *     <li>A version the opportunity never had: 412, at once (waiting would not help).</li>
 *     <li>Not reached within {@code sales.read-your-writes.timeout}: 503 with Retry-After.</li>
 * </ul>
 */
@Component
public class ReadYourWrites {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final EventStore eventStore;
    private final Duration timeout;

    ReadYourWrites(EventStore eventStore, SalesProperties properties) {
        this.eventStore = eventStore;
        this.timeout = properties.readYourWrites().timeout();
    }

    /**
     * Waits until {@code projectedVersion} reports at least {@code minVersion}; returns at once when minVersion is
     * null.
     */
    public void await(String opportunityId, Long minVersion, Supplier<Optional<Long>> projectedVersion) {
        if (minVersion == null) {
            return;
        }
        long latest = eventStore.lastSequenceNumberFor(opportunityId)
                .orElseThrow(() -> NotFound.opportunity(opportunityId));
        if (minVersion > latest) {
            ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_FAILED, "unknown-version",
                    "Unknown version",
                    "Opportunity " + opportunityId + " has no version " + minVersion + "; its latest is " + latest + ".");
            problem.setProperty("latestVersion", latest);
            throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, problem, null);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (projectedVersion.get().orElse(-1L) < minVersion) {
            if (System.nanoTime() > deadline) {
                ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "read-model-catching-up",
                        "Read model catching up", "The read model has not reached version " + minVersion
                                + " of opportunity " + opportunityId + " yet. Retry shortly.");
                ErrorResponseException catchingUp =
                        new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
                catchingUp.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
                throw catchingUp;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the read model", e);
            }
        }
    }
}
