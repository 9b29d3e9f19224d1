package io.opportunities.query.admin;

import io.opportunities.platform.health.ProcessorStatus;
import io.opportunities.platform.health.ProcessorStatuses;
import io.opportunities.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a projection could not handle, put aside in its dead-letter queue with the cause, and handling them
 * again once the cause is fixed. A projection's other opportunities go on meanwhile; the dead-lettered opportunity's
 * later events wait in the queue behind the failed one, in order.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Administration")
class DeadLetterController {

    /** One event put aside: which, of which opportunity, why, and since when. */
    record Letter(String eventIdentifier, String eventType, @Nullable String opportunityId, @Nullable Long version,
                  @Nullable String causeType, @Nullable String causeMessage, Instant enqueuedAt, Instant lastTouched) {
    }

    /** A projection's dead letters, per opportunity (sequence), oldest first. */
    record Queue(String projection, long letters, List<List<Letter>> sequences) {
    }

    /** What a retry did: the sequences handled now, and what is still put aside. */
    record Retry(String projection, int sequencesHandled, long lettersLeft) {
    }

    private final EventProcessingConfiguration processing;
    private final ProcessorStatuses statuses;

    DeadLetterController(EventProcessingConfiguration processing, ProcessorStatuses statuses) {
        this.processing = processing;
        this.statuses = statuses;
    }

    @GetMapping
    @Operation(summary = "Every projection's dead letters",
            description = "The events each projection failed to handle, with the cause, per opportunity.")
    List<Queue> listDeadLetters() {
        return statuses.all().stream().map(ProcessorStatus::name).map(this::queue).toList();
    }

    @GetMapping("/{projection}")
    @Operation(summary = "One projection's dead letters",
            description = "The events this projection failed to handle, with the cause, each deal's in order with "
                    + "the deal's later events waiting behind them; 404 for a projection without a dead-letter "
                    + "queue.")
    Queue getProjectionDeadLetters(@PathVariable String projection) {
        return queue(known(projection));
    }

    @PostMapping("/{projection}/retry")
    @Operation(summary = "Handle a projection's dead letters again",
            description = "Each opportunity's letters are handled again in order; a sequence that fails again stays "
                    + "in the queue with the new cause. Answers with how many sequences were handled.")
    Retry retryDeadLetters(@PathVariable String projection) {
        String name = known(projection);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(name);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> unknown(name));
        long sequences = queue.amountOfSequences();
        int handled = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.processAny()) {
                handled++;
            }
        }
        return new Retry(name, handled, queue.size());
    }

    private Queue queue(String projection) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(projection);
        List<List<Letter>> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<Letter> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(letter(letter)));
            sequences.add(letters);
        }
        return new Queue(projection, queue.size(), sequences);
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        boolean domain = message instanceof DomainEventMessage<?>;
        return new Letter(message.getIdentifier(), message.getPayloadType().getSimpleName(),
                domain ? ((DomainEventMessage<?>) message).getAggregateIdentifier() : null,
                domain ? ((DomainEventMessage<?>) message).getSequenceNumber() : null,
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queueOf(String projection) {
        return processing.deadLetterQueue(projection).orElseThrow(() -> unknown(projection));
    }

    private String known(String projection) {
        return statuses.of(projection).map(ProcessorStatus::name).orElseThrow(() -> unknown(projection));
    }

    private static ErrorResponseException unknown(String projection) {
        return Problems.exception(Problems.problem(HttpStatus.NOT_FOUND, "unknown-projection", "Unknown projection",
                "There is no projection " + projection + " with a dead-letter queue."));
    }
}
