package io.opportunities.query.learning;

import io.opportunities.api.opportunity.*;
import io.opportunities.query.timeline.TimelineEntry;
import io.opportunities.query.winloss.AnalysisSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The points of a deal's life, each as the deal stood then, with no later fact and not its outcome. */
class LifePointsTest {

    /**
     * Opened 10-01; decision maker met 10-03 (20 %), recorded only on 10-20 but dated 10-03; advanced 10-04; won
     * 11-20. Points every 30 days: 10-01, 10-31; and the days something changed: 10-03, 10-04 (the win's day is not
     * a point: by its end the outcome is known).
     */
    static List<TimelineEntry> entries() {
        List<OpportunityEvent> events = List.of(opened(), qualified(),
                advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"),
                buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                certaintyChanged(10, 20, "ba-1", "2026-10-03"),
                new OpportunityWon(ID, Money.of("45000", "EUR"), "UNDERSTAND_NEED", List.of(), REP, NOW,
                        day("2026-11-20")));
        List<TimelineEntry> entries = new ArrayList<>();
        for (int version = 0; version < events.size(); version++) {
            TimelineEntry.of(events.get(version), version, 10).ifPresent(entries::add);
        }
        return entries;
    }

    @Test
    void aClosedDealIsLookedAtOnItsOpeningTheDaysItChangedAndEveryThirtyDays() {
        List<LifePoints.LifePoint> points = new LifePoints(PROCESS, 30).of(ID, entries());
        assertThat(points).extracting(LifePoints.LifePoint::day)
                .containsExactly(day("2026-10-01"), day("2026-10-03"), day("2026-10-04"), day("2026-10-31"));
        assertThat(points).extracting(LifePoints.LifePoint::stage)
                .containsExactly("IDENTIFY", "IDENTIFY", "UNDERSTAND_NEED", "UNDERSTAND_NEED");
        assertThat(points).extracting(LifePoints.LifePoint::statedProbability).containsExactly(10, 20, 20, 20);
        assertThat(points).extracting(LifePoints.LifePoint::stageProbability).containsExactly(10, 10, 20, 20);
        assertThat(points).extracting(LifePoints.LifePoint::daysInStage).containsExactly(0L, 2L, 0L, 27L);
        // the value is the estimate at the point, never the won value
        assertThat(points.get(3).amount()).isEqualByComparingTo("48000");
    }

    @Test
    void anOpenDealHasNoPointsToLearnFrom_butAPointToday() {
        List<TimelineEntry> open = entries().subList(0, entries().size() - 1);
        LifePoints points = new LifePoints(PROCESS, 30);
        assertThat(points.of(ID, open)).isEmpty();
        assertThat(points.at(ID, open, day("2026-11-30"))).hasValueSatisfying(point -> {
            assertThat(point.daysInStage()).isEqualTo(57);
            assertThat(point.statedProbability()).isEqualTo(20);
        });
        assertThat(points.at(ID, open, day("2026-09-30"))).isEmpty();
    }
}
