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

    @Test
    void eachStagesProbabilityIsHeldAgainstTheShareWonOfTheDealsThatReachedIt() {
        List<StagePath> paths = new ArrayList<>();
        for (int deal = 0; deal < 30; deal++) {
            paths.add(deal % 3 == 2
                    ? path(opened(), advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"),
                    new OpportunityLost(ID, LossReason.PRICE, null, null, "UNDERSTAND_NEED", REP, NOW,
                            day("2026-10-20")))
                    : path(opened(), advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"), won()));
        }
        ProcessView view = ProcessView.of(day("2026-10-01"), day("2026-10-31"), paths, PROCESS, 10);
        ProcessView.StageProbability identify = view.probabilities().get(0);
        assertThat(identify.configured()).isEqualTo(10);
        assertThat(identify.reached()).isEqualTo(30);
        assertThat(identify.won()).isEqualTo(20);
        assertThat(identify.wonShare()).isEqualByComparingTo("0.6667");
        // Wilson's 95 % interval of 20 in 30
        assertThat(identify.wonShareLow()).isEqualByComparingTo("0.4878");
        assertThat(identify.wonShareHigh()).isEqualByComparingTo("0.8077");
        assertThat(identify.suggested()).isEqualTo(67);
        assertThat(identify.verdict()).isEqualTo("Your process says 10 %; your history says 67 % (49 % to 81 %: 20 "
                + "won of the 30 deals that reached it): too low by 57 points.");
        // no deal reached the later stages: nothing to say of them, nor to suggest
        assertThat(view.probabilities().get(2).reached()).isZero();
        assertThat(view.probabilities().get(2).suggested()).isNull();
        assertThat(view.probabilities().get(2).verdict()).contains("no deal closed in the range reached it");
        assertThat(view.suggestedConfiguration()).containsExactly("sales.process.stages[0].probability=67",
                "sales.process.stages[1].probability=67");
    }

    @Test
    void theSuggestedLadderNeverFallsAlongTheProcess() {
        double[] fitted = ProcessView.pooledAdjacentViolators(new double[]{0.6, 0.4, 0.8, 0.0, 0.9},
                new double[]{10, 10, 10, 0, 10});
        // 0.6 and 0.4 pool to 0.5; the stage no deal reached takes the next one's 0.9
        assertThat(fitted).containsExactly(0.5, 0.5, 0.8, 0.9, 0.9);
    }
}
