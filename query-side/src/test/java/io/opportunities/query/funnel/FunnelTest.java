package io.opportunities.query.funnel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.opportunities.query.TestEvents.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;

class FunnelTest {

    /** Deals of one stage and currency, all at the same probability, one of them overridden. */
    private static Funnel.StageTotal total(String stage, String currency, long count, String amount, int probability) {
        BigDecimal total = new BigDecimal(amount);
        return new Funnel.StageTotal(stage, currency, count, total, total.multiply(BigDecimal.valueOf(probability)), 1,
                null);
    }

    @Test
    void everyStageIsListedInProcessOrderWithWeightedTotalsPerCurrency() {
        Funnel funnel = Funnel.of(PROCESS, List.of(
                total("UNDERSTAND_NEED", "EUR", 2, "30000", 20),
                total("IDENTIFY", "USD", 1, "999.99", 10),
                total("IDENTIFY", "EUR", 3, "10000", 10)));

        assertThat(funnel.stages()).extracting(Funnel.StageLine::stage)
                .containsExactly("IDENTIFY", "UNDERSTAND_NEED", "NEGOTIATE");
        Funnel.StageLine identify = funnel.stages().get(0);
        assertThat(identify.count()).isEqualTo(4);
        assertThat(identify.amounts()).containsExactly(
                new Funnel.Amount("EUR", 3, new BigDecimal("10000.00"), new BigDecimal("1000.00"), null),
                new Funnel.Amount("USD", 1, new BigDecimal("999.99"), new BigDecimal("100.00"), null));
        assertThat(funnel.stages().get(1).amounts().get(0).weighted()).isEqualByComparingTo("6000");
        assertThat(funnel.stages().get(2).count()).isZero();
        assertThat(funnel.totals()).containsExactly(
                new Funnel.Amount("EUR", 5, new BigDecimal("40000.00"), new BigDecimal("7000.00"), null),
                new Funnel.Amount("USD", 1, new BigDecimal("999.99"), new BigDecimal("100.00"), null));
    }

    @Test
    void todaysFunnelAlsoWeightsEachStageByTheLearnedChances_summedAcrossGroups() {
        Funnel funnel = Funnel.grouped(PROCESS, "owner", java.util.Map.of(
                "ann", List.of(total("IDENTIFY", "EUR", 3, "10000", 10).withLearned(new BigDecimal("6300"))),
                "bob", List.of(total("IDENTIFY", "EUR", 1, "5000", 10).withLearned(new BigDecimal("700.004")))));
        assertThat(funnel.stages().get(0).amounts().get(0).learnedWeighted()).isEqualByComparingTo("7000.00");
        assertThat(funnel.groups().get(0).stages().get(0).amounts().get(0).learnedWeighted())
                .isEqualByComparingTo("6300.00");
        assertThat(funnel.totals().get(0).learnedWeighted()).isEqualByComparingTo("7000.00");
        // a stage with no deal has no learned weight to add
        assertThat(funnel.stages().get(1).amounts()).isEmpty();
    }

    @Test
    void dealsInAStageTheProcessNoLongerHasStayVisibleWeightedByTheirOwnProbability() {
        Funnel funnel = Funnel.of(PROCESS, List.of(total("RETIRED", "EUR", 1, "500", 30)));

        Funnel.StageLine retired = funnel.stages().get(3);
        assertThat(retired.stage()).isEqualTo("RETIRED");
        assertThat(retired.probability()).isZero();
        assertThat(retired.overridden()).isEqualTo(1);
        assertThat(retired.amounts().get(0).weighted()).isEqualByComparingTo("150");
        assertThat(funnel.totals().get(0).total()).isEqualByComparingTo("500");
    }
}
