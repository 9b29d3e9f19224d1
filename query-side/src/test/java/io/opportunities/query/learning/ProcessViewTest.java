package io.opportunities.query.learning;

import io.opportunities.api.opportunity.*;
import io.opportunities.query.timeline.StagePath;
import io.opportunities.query.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Three deals: two straight wins, one that slipped back once before it was lost. */
class ProcessViewTest {

    static StagePath path(OpportunityEvent... events) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int version = 0; version < events.length; version++) {
            TimelineEntry.of(events[version], version, 10).ifPresent(entries::add);
        }
        return StagePath.of(entries);
    }

    static OpportunityWon won() {
        return new OpportunityWon(ID, Money.of("1", "EUR"), "UNDERSTAND_NEED", List.of(), REP, NOW, day("2026-10-20"));
    }

    @Test
    void theCommonestPathsAndTheRegressionRates() {
        List<StagePath> paths = List.of(
                path(opened(), advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"), won()),
                path(opened(), advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"), won()),
                path(opened(), advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"),
                        new StageMovedBack(ID, "UNDERSTAND_NEED", "IDENTIFY", "need reopened", REP, NOW,
                                day("2026-10-06")),
                        advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-08"),
                        new OpportunityLost(ID, LossReason.PRICE, null, null, "UNDERSTAND_NEED", REP, NOW,
                                day("2026-10-20"))));
        ProcessView view = ProcessView.of(day("2026-10-01"), day("2026-10-31"), paths, PROCESS, 10);

        assertThat(view.deals()).isEqualTo(3);
        assertThat(view.paths()).extracting(ProcessView.PathCount::path).containsExactly(
                List.of("IDENTIFY", "UNDERSTAND_NEED", "WON"),
                List.of("IDENTIFY", "UNDERSTAND_NEED", "IDENTIFY", "UNDERSTAND_NEED", "LOST"));
        assertThat(view.paths().get(0).share()).isEqualByComparingTo("0.6667");
        assertThat(view.paths().get(0).winRate()).isEqualByComparingTo("1");
        ProcessView.StageRegressions understand = view.regressions().get(1);
        assertThat(understand.stage()).isEqualTo("UNDERSTAND_NEED");
        assertThat(understand.reached()).isEqualTo(3);
        assertThat(understand.movesBack()).isEqualTo(1);
        assertThat(understand.regressionRate()).isEqualByComparingTo("0.3333");
        assertThat(view.regressions().get(0).regressionRate()).isEqualByComparingTo("0");
        assertThat(view.regressions().get(2).regressionRate()).isNull();
    }
}
