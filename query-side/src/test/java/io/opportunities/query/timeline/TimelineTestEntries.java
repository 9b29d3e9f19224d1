package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.OpportunityEvent;

import java.util.ArrayList;
import java.util.List;

/** A deal's events as the timeline projection would store them, numbered from 0, for other packages' tests. */
public final class TimelineTestEntries {

    private TimelineTestEntries() {
    }

    public static List<TimelineEntry> of(OpportunityEvent... events) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int version = 0; version < events.length; version++) {
            TimelineEntry.of(events[version], version, 10).ifPresent(entries::add);
        }
        return entries;
    }
}
