package io.opportunities.query.nodes;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Shares each projection's segments among the query nodes on one database. A pooled streaming processor claims
 * every segment it finds unclaimed, so the first node to start would keep them all; here every node says it is alive
 * (a heartbeat row every few seconds), and a node holding more than its fair share of a projection's segments
 * (the segments divided by the live nodes, rounded up) releases the rest for a while, for the others to claim.
 * When a node dies its heartbeat and its token claims grow old: the others' fair share grows, and they claim its
 * segments as soon as its claims time out. One node alone keeps every segment. Beyond a few nodes, Axon Server's
 * load balancing does this job.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    /**
     * A node whose heartbeat is older is taken for dead: under Axon's token claim timeout (10 s), so that when a dead
     * node's claims expire and the others take its segments, they no longer count it and keep them (with 15 s, a node
     * took a dead node's segments and then released half of them again for the dead one, and nobody handled those).
     */
    private static final Duration ALIVE = Duration.ofSeconds(8);
    /** How long a released segment is left to the other nodes. */
    private static final Duration RELEASE_FOR = Duration.ofSeconds(30);

    private final String nodeId = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final Clock clock;

    SegmentBalancer(JdbcClient jdbc, EventProcessingConfiguration processing, Clock clock) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT3S", initialDelayString = "PT3S")
    void balance() {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.sql("UPDATE query_node SET heartbeat_at = ? WHERE node_id = ?").params(now, nodeId).update() == 0) {
            jdbc.sql("INSERT INTO query_node (node_id, heartbeat_at) VALUES (?, ?)").params(nodeId, now).update();
        }
        Timestamp aliveSince = Timestamp.from(clock.instant().minus(ALIVE));
        jdbc.sql("DELETE FROM query_node WHERE heartbeat_at < ?").param(Timestamp.from(clock.instant().minus(
                ALIVE.multipliedBy(4)))).update();
        long nodes = jdbc.sql("SELECT count(*) FROM query_node WHERE heartbeat_at >= ?").param(aliveSince)
                .query(Long.class).single();
        if (nodes <= 1) {
            return;
        }
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                release(streaming, nodes);
            }
        });
    }

    private void release(StreamingEventProcessor processor, long nodes) {
        long segments = jdbc.sql("SELECT count(*) FROM TokenEntry WHERE processorName = ?")
                .param(processor.getName()).query(Long.class).single();
        long fairShare = (segments + nodes - 1) / nodes;
        List<Integer> claimed = new ArrayList<>(processor.processingStatus().keySet());
        for (int i = 0; i < claimed.size() - fairShare; i++) {
            int segment = claimed.get(claimed.size() - 1 - i);
            log.info("Node {} releases segment {} of {} for the other {} node(s): it holds {}, its share is {}",
                    nodeId, segment, processor.getName(), nodes - 1, claimed.size(), fairShare);
            processor.releaseSegment(segment, RELEASE_FOR.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
