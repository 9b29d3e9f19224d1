package io.opportunities.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Rebuilding a projection from the event store, and watching how far it has come. */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration", description = "Projections: status and rebuild from the events")
class ProjectionAdminController {

    /**
     * @param position     the global index position of the slowest segment of this node
     * @param headPosition the newest position of the event store
     * @param lag          positions still to process
     */
    record ProjectionStatus(String name, boolean running, boolean replaying, boolean error, int claimedSegments,
                            Long position, long headPosition, Long lag) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionAdminController(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @GetMapping
    @Operation(summary = "Every projection's status: running, replaying, position and lag")
    List<ProjectionStatus> projections() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> status((StreamingEventProcessor) processor))
                .toList();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One projection's status")
    @ApiResponse(responseCode = "404", description = "No such projection")
    ProjectionStatus projection(@PathVariable String name) {
        return status(processor(name));
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild a projection from the event store",
            description = "Stops the projection, clears its read model, and replays every event from the start. "
                    + "Answers at once; follow the progress with GET /api/admin/projections/{name}.")
    @ApiResponse(responseCode = "202", description = "Rebuild started")
    @ApiResponse(responseCode = "404", description = "No such projection")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name)
            throws InterruptedException, ExecutionException, TimeoutException {
        StreamingEventProcessor processor = processor(name);
        processor.shutdownAsync().get(30, TimeUnit.SECONDS);
        processor.resetTokens();
        processor.start();
        return ResponseEntity.accepted().body(status(processor));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "There is no projection " + name + "; GET /api/admin/projections lists them.");
            problem.setTitle("Unknown projection");
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }

    private ProjectionStatus status(StreamingEventProcessor processor) {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        OptionalLong slowest = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        Long position = slowest.isPresent() ? slowest.getAsLong() : null;
        Long lag = position == null ? null : Math.max(0, headPosition - position);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), processor.isReplaying(),
                processor.isError(), segments.size(), position, headPosition, lag);
    }
}
