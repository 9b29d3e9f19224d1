package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.OpportunityStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages a deal went through, as its timeline says: every stay in a stage with the day it began, the day it
 * ended and how it ended. A deal moved back re-enters an earlier stage: a new stay. A reopened deal starts a new
 * stay in the stage it was closed in; the time it lay closed counts in no stage.
 */
public final class StagePath {

    /** How a stay in a stage ended. */
    public enum Exit { ADVANCED, MOVED_BACK, WON, LOST, WITHDRAWN }

    /** @param exit how the stay ended; null while the deal is still in the stage */
    public record Stay(String stage, LocalDate enteredOn, LocalDate leftOn, Exit exit, String nextStage) {

        public long days() {
            return ChronoUnit.DAYS.between(enteredOn, leftOn);
        }
    }

    private final List<Stay> stays = new ArrayList<>();
    private String stage;
    private LocalDate enteredOn;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private OpportunityStatus outcome;

    /** The path of a deal's whole timeline. */
    public static StagePath of(List<TimelineEntry> entries) {
        StagePath path = new StagePath();
        entries.forEach(path::apply);
        return path;
    }

    public void apply(TimelineEntry entry) {
        switch (entry.change()) {
            case OPENED -> {
                openedOn = entry.occurredOn();
                enter(entry.stage(), entry.occurredOn());
            }
            case STAGE_ADVANCED -> leave(entry.occurredOn(), Exit.ADVANCED, entry.stage());
            case STAGE_MOVED_BACK -> leave(entry.occurredOn(), Exit.MOVED_BACK, entry.stage());
            case WON -> close(entry.occurredOn(), Exit.WON, OpportunityStatus.WON);
            case LOST -> close(entry.occurredOn(), Exit.LOST, OpportunityStatus.LOST);
            case WITHDRAWN -> close(entry.occurredOn(), Exit.WITHDRAWN, OpportunityStatus.WITHDRAWN);
            case REOPENED -> {
                closedOn = null;
                outcome = null;
                enter(entry.stage(), entry.occurredOn());
            }
            default -> {
                // other changes do not move the deal between stages
            }
        }
    }

    private void enter(String newStage, LocalDate on) {
        stage = newStage;
        enteredOn = on;
    }

    private void leave(LocalDate on, Exit exit, String nextStage) {
        if (stage != null) {
            stays.add(new Stay(stage, enteredOn, on, exit, nextStage));
        }
        enter(nextStage, on);
    }

    private void close(LocalDate on, Exit exit, OpportunityStatus status) {
        if (stage != null) {
            stays.add(new Stay(stage, enteredOn, on, exit, null));
        }
        stage = null;
        closedOn = on;
        outcome = status;
    }

    /** The finished stays, in order. */
    public List<Stay> stays() {
        return List.copyOf(stays);
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /** The day of the final close, or null while open. */
    public LocalDate closedOn() {
        return closedOn;
    }

    /** WON, LOST or WITHDRAWN once closed, else null. */
    public OpportunityStatus outcome() {
        return outcome;
    }
}
