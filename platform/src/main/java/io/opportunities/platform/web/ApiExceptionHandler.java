package io.opportunities.platform.web;

import io.opportunities.api.CommandRejection;
import io.opportunities.platform.jdbc.DatabaseFailures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
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

import java.net.URI;
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
                    return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.INTERNAL_SERVER_ERROR, "The command could not be handled."));
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
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be handled."));
    }

    private static ResponseEntity<ProblemDetail> unavailable(Exception exception) {
        log.warn("The database is unreachable: {}", exception.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached just now; nothing was stored. Retry shortly.");
        problem.setTitle("Temporarily unavailable");
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("urn:opportunities:rule:" + rejection.rule()));
        problem.setTitle(switch (rejection.kind()) {
            case INVALID -> "Invalid input";
            case NOT_FOUND -> "Not found";
            case RULE_BROKEN -> "Business rule broken";
            case FORBIDDEN -> "Access denied";
        });
        problem.setProperty("rule", rejection.rule());
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "If-Match names version " + exception.getExpectedVersion() + " but the opportunity is at version "
                        + exception.getActualVersion() + ". Read it again and decide on the current state.");
        problem.setTitle("Version conflict");
        problem.setProperty("expectedVersion", exception.getExpectedVersion());
        problem.setProperty("currentVersion", exception.getActualVersion());
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another change to the same opportunity was stored at the same moment. Read it again and retry.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.");
        problem.setTitle("Invalid input");
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(exception));
        problem.setTitle("Unreadable request body");
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
