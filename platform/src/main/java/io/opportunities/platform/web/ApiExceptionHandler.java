package io.opportunities.platform.web;

import io.opportunities.api.CommandRejection;
import io.opportunities.platform.jdbc.DatabaseFailures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 problem details: 400 invalid input (with the field errors),
 * 404 unknown opportunity or entity, 409 business rule broken (naming the rule), 412 version conflict. Spring's
 * own exceptions (wrong method, media type, parameter types, ...) are handled by the base class.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Set<String> RESERVED =
            Set.of("type", "title", "status", "detail", "instance");

    private static final String UNKNOWN_OPPORTUNITY = "unknown-opportunity";
    private static final String VERSION_CONFLICT = "version-conflict";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandRejected(CommandExecutionException exception) {
        return exception.<CommandRejection>getDetails()
                .map(rejection -> {
                    ProblemDetail problem = rejected(rejection, exception.getMessage());
                    return ResponseEntity.status(problem.getStatus()).body(problem);
                })
                .orElseGet(() -> {
                    if (DatabaseFailures.databaseAway(exception)) {
                        return unavailable(exception);
                    }
                    log.error("Command failed without a rejection", exception);
                    return ResponseEntity.internalServerError().body(Problems.problem(
                            HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                            "The command could not be handled."));
                });
    }

    /**
     * The database is down or restarting: nothing was stored, and the same request will succeed once it is back.
     * 503 with Retry-After, never a 500.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
        return unavailable(exception);
    }

    /**
     * Anything else: a database that went away while a command loaded its aggregate (Axon's EventStoreException) is
     * a 503 like the others; what is left is a bug, logged, and answered as a problem without its details.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException exception) {
        if (DatabaseFailures.databaseAway(exception)) {
            return unavailable(exception);
        }
        log.error("Unexpected failure", exception);
        return ResponseEntity.internalServerError().body(Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be handled."));
    }

    private static ResponseEntity<ProblemDetail> unavailable(Exception exception) {
        log.warn("The database is unreachable: {}", exception.toString());
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "Temporarily unavailable",
                "The database cannot be reached just now; nothing was stored. Retry shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                .body(problem);
    }


    private static ProblemDetail rejected(CommandRejection rejection, String message) {
        HttpStatus status = switch (rejection.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case RULE_BROKEN -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        if (UNKNOWN_OPPORTUNITY.equals(rejection.rule())) {
            return ProblemResponses.unknownOpportunity(message);
        }
        ProblemDetail problem = Problems.rule(status, rejection.rule(), switch (rejection.kind()) {
            case INVALID -> "Invalid input";
            case NOT_FOUND -> "Not found";
            case RULE_BROKEN -> "Business rule broken";
            case FORBIDDEN -> "Access denied";
        }, message);
        // facts never overwrite the members RFC 9457 defines
        rejection.facts().entrySet().stream()
                .filter(fact -> !RESERVED.contains(fact.getKey()))
                .forEach(fact -> problem.setProperty(fact.getKey(), fact.getValue()));
        return problem;
    }

    /** The same answer as for an opportunity the sender may not see: nothing tells the two apart. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownOpportunity(AggregateNotFoundException exception) {
        return ProblemResponses.unknownOpportunity("There is no opportunity " + exception.getAggregateIdentifier() + ".");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail versionConflict(ConflictingAggregateVersionException exception) {
        ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_FAILED, VERSION_CONFLICT, "Version conflict",
                "If-Match names version " + exception.getExpectedVersion() + " but the opportunity is at version "
                        + exception.getActualVersion() + ". Read it again and decide on the current state.");
        problem.setProperty("expectedVersion", exception.getExpectedVersion());
        problem.setProperty("currentVersion", exception.getActualVersion());
        return problem;
    }

    /**
     * Another command on the same opportunity was stored first, after this one had been checked (by another command
     * node that had not seen it). With If-Match the precondition no longer holds, and the answer says so as every
     * stale If-Match is answered: 412. Without it, nothing was expected of the version: a 409, to read and retry.
     */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException exception, WebRequest request) {
        Long expected = VersionTags.expectedVersion(request.getHeader(HttpHeaders.IF_MATCH));
        if (expected != null) {
            ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_FAILED, VERSION_CONFLICT,
                    "Version conflict", "If-Match names version " + expected + " but another change to the "
                            + "opportunity was stored first. Read it again and decide on the current state.");
            problem.setProperty("expectedVersion", expected);
            return problem;
        }
        return Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
                "Another change to the same opportunity was stored at the same moment. Read it again and retry.");
    }

    /** Spring's own problems (wrong method, media type, parameter, ...) get a type like every other. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.typed(problem);
        }
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "The request has invalid fields.");
        List<Map<String, Object>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.<String, Object>of(
                        "field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        List<String> globalErrors = exception.getBindingResult().getGlobalErrors().stream()
                .map(error -> String.valueOf(error.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        if (!globalErrors.isEmpty()) {
            problem.setProperty("globalErrors", globalErrors);
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Unreadable request body",
                unreadable(exception));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Says where the body is wrong without echoing Java class names. */
    private static String unreadable(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + path(unknown) + "'.";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String accepted = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return "Field '" + path(invalid) + "' must be one of: " + accepted + ".";
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "Field '" + path(databind) + "' has a value of the wrong type or format.";
        }
        return "The body must be a JSON object matching the documented schema.";
    }

    private static String path(DatabindException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
