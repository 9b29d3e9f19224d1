package io.opportunities.query.funnel;

import io.opportunities.api.opportunity.LossReason;
import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityLost;
import io.opportunities.api.opportunity.OpportunityWon;
import io.opportunities.api.opportunity.StageMovedBack;
import io.opportunities.query.timeline.StagePath;
import io.opportunities.query.timeline.TimelineTestEntries;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

class ConversionTest {

    private static StagePath path(OpportunityEvent... events) {
        StagePath path = new StagePath();
        TimelineTestEntries.of(events).forEach(path::apply);
        return path;
    }

    @Test
    void aRegressionIsCountedAsSuch_andEveryStayWeighsInTheTimeInStage() {
        // won: IDENTIFY 3 d, UNDERSTAND_NEED 5 d (back), IDENTIFY 2 d, UNDERSTAND_NEED 20 d (won); cycle 30 d
        StagePath won = path(opened(), advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"),
                new StageMovedBack(ID, "UNDERSTAND_NEED", "IDENTIFY", "new need", REP, NOW, day("2026-10-09")),
                advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-11"),
                new OpportunityWon(ID, opened().estimatedValue(), "UNDERSTAND_NEED", List.of(), REP, NOW,
                        day("2026-10-31")));
        // lost in IDENTIFY after 9 d
        StagePath lost = path(opened(), new OpportunityLost(ID, LossReason.PRICE, null, null, "IDENTIFY", REP, NOW,
                day("2026-10-10")));

        Conversion conversion = Conversion.of(PROCESS, day("2026-10-01"), day("2026-10-31"), List.of(won, lost));

        Conversion.StageConversion identify = conversion.stages().get(0);
        assertThat(identify.reached()).isEqualTo(2);
        assertThat(identify.advanced()).isEqualTo(1);
        assertThat(identify.lost()).isEqualTo(1);
        assertThat(identify.conversionRate()).isEqualByComparingTo("0.5");
        assertThat(identify.winRate()).isEqualByComparingTo("0.5");
        assertThat(identify.timeInStage()).isEqualTo(new Conversion.Days(3, new BigDecimal("3.0"),
                new BigDecimal("4.7")));
        Conversion.StageConversion understand = conversion.stages().get(1);
        assertThat(understand.reached()).isEqualTo(1);
        assertThat(understand.movedBack()).isEqualTo(1);
        assertThat(understand.won()).isEqualTo(1);
        assertThat(understand.timeInStage().median()).isEqualByComparingTo("12.5");
        assertThat(conversion.stages().get(2).winRate()).isNull();
        assertThat(conversion.transitions()).containsExactly(
                new Conversion.Transition("IDENTIFY", "UNDERSTAND_NEED", "ADVANCED", 2),
                new Conversion.Transition("IDENTIFY", "LOST", "LOST", 1),
                new Conversion.Transition("UNDERSTAND_NEED", "IDENTIFY", "MOVED_BACK", 1),
                new Conversion.Transition("UNDERSTAND_NEED", "WON", "WON", 1));
        assertThat(conversion.outcomes().winRate()).isEqualByComparingTo("0.5");
        assertThat(conversion.cycle()).isEqualTo(new Conversion.Days(2, new BigDecimal("19.5"),
                new BigDecimal("19.5")));
    }

    @Test
    void noDealsClosed_givesZerosAndNoRates() {
        Conversion conversion = Conversion.of(PROCESS, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"),
                List.of());

        assertThat(conversion.outcomes().deals()).isZero();
        assertThat(conversion.outcomes().winRate()).isNull();
        assertThat(conversion.cycle().median()).isNull();
        assertThat(conversion.stages()).hasSize(3);
    }
}
