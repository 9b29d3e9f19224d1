package io.opportunities.query.learning;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.query.timeline.DealState;
import io.opportunities.query.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A deal's attributes that do not change over its life, and its whole timeline in stream order: what the deal as it
 * stood on any day, and its outcome as known on any day, are folded from.
 *
 * @param sector the customer's sector as registered now; null when none is
 */
record DealHistory(String opportunityId, @Nullable String owner, @Nullable String product, @Nullable String sector,
                   @Nullable String customer, @Nullable String title, List<TimelineEntry> entries) {

    /** How a deal ended: the day of its final close, and whether it was won. */
    record Outcome(LocalDate closedOn, boolean won) {
    }

    /** The deal as the system knew it at {@code knownAt}: its entries recorded by then; all of them if null. */
    DealHistory knownAt(@Nullable Instant knownAt) {
        return knownAt == null ? this : new DealHistory(opportunityId, owner, product, sector, customer, title,
                entries.stream().filter(entry -> !entry.recordedAt().isAfter(knownAt)).toList());
    }

    /** The deal at the end of {@code day}, folded from the entries that had happened by then. */
    DealState at(LocalDate day) {
        DealState state = new DealState(opportunityId, owner, customer, title, product);
        entries.stream().filter(entry -> !entry.occurredOn().isAfter(day)).forEach(state::apply);
        return state;
    }

    /** How the deal had ended by the end of {@code day}; empty while it was open then, or not yet opened. */
    Optional<Outcome> outcomeBy(LocalDate day) {
        DealState state = at(day);
        if (!state.opened() || state.status() == OpportunityStatus.OPEN) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(state.closedOn(), state.status() == OpportunityStatus.WON));
    }

    /** The day it was opened, or null if its timeline holds no opening. */
    @Nullable
    LocalDate openedOn() {
        return entries.stream().filter(entry -> entry.change() == TimelineEntry.Change.OPENED)
                .map(TimelineEntry::occurredOn).findFirst().orElse(null);
    }
}
