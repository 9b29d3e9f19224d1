package io.opportunities.query.admin;

import io.opportunities.platform.health.ProcessorStatus;
import io.opportunities.platform.health.ProcessorStatuses;
import io.opportunities.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Rebuilding a projection from the event store, and watching how far it has come. */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration", description = "Projections: status and rebuild from the events")
class ProjectionAdminController {

    private final ProcessorStatuses statuses;
    private final EventProcessingConfiguration processing;

    ProjectionAdminController(ProcessorStatuses statuses, EventProcessingConfiguration processing) {
        this.statuses = statuses;
        this.processing = processing;
    }

    @GetMapping
    @Operation(summary = "Every projection's status: running, replaying, position and lag",
            description = "For each read model: whether its processor runs, whether it is replaying (and how far, in "
                    + "percent), the segments it holds, its position in the event store and how many events it is "
                    + "behind.")
    List<ProcessorStatus> listProjections() {
        return statuses.all();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One projection's status",
            description = "The same as the list, for the projection of this name; 404 for a name that is none.")
    ProcessorStatus getProjection(@PathVariable String name) {
        return statuses.of(name).orElseThrow(() -> unknown(name));
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild every projection from the event store",
            description = "As the rebuild of one, for all of them at once. Answers at once; follow the progress "
                    + "(replayProgress in percent, position, lag) with GET /api/admin/projections.")
    @ApiResponse(responseCode = "202", description = "Rebuilds started")
    ResponseEntity<List<ProcessorStatus>> rebuildAllProjections()
            throws InterruptedException, ExecutionException, TimeoutException {
        for (ProcessorStatus status : statuses.all()) {
            reset(status.name(), statuses.processor(status.name()).orElseThrow());
        }
        return ResponseEntity.accepted().body(statuses.all());
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild a projection from the event store",
            description = "Stops the projection, clears its read model, and replays every event from the start. "
                    + "Answers at once; follow the progress (replaying, replayProgress in percent, position, lag) "
                    + "with GET /api/admin/projections/{name}.")
    @ApiResponse(responseCode = "202", description = "Rebuild started")
    ResponseEntity<ProcessorStatus> rebuildProjection(@PathVariable String name)
            throws InterruptedException, ExecutionException, TimeoutException {
        reset(name, statuses.processor(name).orElseThrow(() -> unknown(name)));
        return ResponseEntity.accepted().body(getProjection(name));
    }

    /**
     * Stops the processor, clears its read model through its reset handlers and its dead letters (every event is
     * handled again), and replays every event into it.
     */
    private void reset(String name, StreamingEventProcessor processor)
            throws InterruptedException, ExecutionException, TimeoutException {
        processor.shutdownAsync().get(30, TimeUnit.SECONDS);
        processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
        processor.resetTokens();
        processor.start();
    }

    private static ErrorResponseException unknown(String name) {
        return Problems.exception(Problems.problem(HttpStatus.NOT_FOUND, "unknown-projection", "Unknown projection",
                "There is no projection " + name + "; GET /api/admin/projections lists them."));
    }
}
