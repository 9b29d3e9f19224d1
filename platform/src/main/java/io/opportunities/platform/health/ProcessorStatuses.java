package io.opportunities.platform.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the status of this process's streaming event processors: for health, metrics and administration. */
public class ProcessorStatuses {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProcessorStatuses(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProcessorStatus> all() {
        long head = headPosition();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> status((StreamingEventProcessor) processor, head))
                .toList();
    }

    public Optional<ProcessorStatus> of(String name) {
        return processor(name).map(processor -> status(processor, headPosition()));
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static ProcessorStatus status(StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        OptionalLong slowest = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        Long position = slowest.isPresent() ? slowest.getAsLong() : null;
        Long lag = position == null ? null : Math.max(0, head - position);
        return new ProcessorStatus(processor.getName(), processor.isRunning(), processor.isReplaying(),
                processor.isError(), segments.size(), position, head, lag,
                processor.isReplaying() ? replayProgress(segments) : null);
    }

    /**
     * The slowest replaying segment's position as a share of the position the replay runs up to (the head when the
     * rebuild started). A segment keeps its replay token until it handles an event beyond that position, so this is
     * asked only while the processor itself says it is replaying.
     */
    private static Integer replayProgress(Collection<EventTrackerStatus> segments) {
        Integer progress = null;
        for (EventTrackerStatus segment : segments) {
            if (!segment.isReplaying() || segment.getResetPosition().isEmpty()) {
                continue;
            }
            long end = segment.getResetPosition().getAsLong();
            long at = segment.getCurrentPosition().orElse(0);
            int percent = end <= 0 ? 100 : (int) Math.min(100, Math.max(0, 100 * at / end));
            progress = progress == null ? percent : Math.min(progress, percent);
        }
        return progress;
    }
}
