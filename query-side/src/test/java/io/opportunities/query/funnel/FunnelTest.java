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
        return new Funnel.StageTotal(stage, currency, count, total, total.multiply(BigDecimal.valueOf(probability)), 1);
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
                new Funnel.Amount("EUR", 3, new BigDecimal("10000.00"), new BigDecimal("1000.00")),
                new Funnel.Amount("USD", 1, new BigDecimal("999.99"), new BigDecimal("100.00")));
        assertThat(funnel.stages().get(1).amounts().get(0).weighted()).isEqualByComparingTo("6000");
        assertThat(funnel.stages().get(2).count()).isZero();
        assertThat(funnel.totals()).containsExactly(
                new Funnel.Amount("EUR", 5, new BigDecimal("40000.00"), new BigDecimal("7000.00")),
                new Funnel.Amount("USD", 1, new BigDecimal("999.99"), new BigDecimal("100.00")));
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
