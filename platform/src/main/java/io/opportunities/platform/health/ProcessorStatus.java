package io.opportunities.platform.health;

import org.jspecify.annotations.Nullable;

/**
 * Where one streaming event processor of this process stands.
 *
 * @param position        global index position of the slowest segment this node processes; null before the first
 * @param headPosition    the newest global index position in the event store; -1 while it is empty
 * @param lag             positions still to process; null while the position is unknown
 * @param claimedSegments the segments this node processes (others may run on other nodes)
 * @param replayProgress  while a rebuild replays the events, how far it has come, in percent of the events that were
 *                        stored when it started; null while it is not replaying
 */
public record ProcessorStatus(String name, boolean running, boolean replaying, boolean error, int claimedSegments,
                              @Nullable Long position, long headPosition, @Nullable Long lag,
                              @Nullable Integer replayProgress) {
}
