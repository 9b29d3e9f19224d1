package io.opportunities.query.funnel;

import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.query.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastTest {

    private static Forecast.Deal open(String amount, String currency, String closeOn, int probability) {
        return new Forecast.Deal(OpportunityStatus.OPEN, new BigDecimal(amount), currency, LocalDate.parse(closeOn),
                probability, null, null, null, null);
    }

    private static Forecast.Deal open(String amount, String closeOn, int probability, double learned) {
        return new Forecast.Deal(OpportunityStatus.OPEN, new BigDecimal(amount), "EUR", LocalDate.parse(closeOn),
                probability, null, null, null, learned);
    }

    private static Forecast.Deal closed(OpportunityStatus status, String closedOn, String wonAmount) {
        return new Forecast.Deal(status, new BigDecimal("1000"), "EUR", LocalDate.parse("2027-06-30"), 0,
                LocalDate.parse(closedOn), wonAmount == null ? null : new BigDecimal(wonAmount),
                wonAmount == null ? null : "EUR", null);
    }

    @Test
    void aQuarter_weighsItsOpenDeals_countsTheCommittedOnes_andWhatClosedInIt() {
        ClosePeriod q1 = ClosePeriod.parse("2027-Q1");
        List<Forecast.Deal> deals = List.of(
                open("100000", "EUR", "2027-01-15", 70),   // committed at 70 %
                open("40000", "EUR", "2027-03-31", 20),
                open("9999.99", "USD", "2027-02-01", 90),  // committed, in its own currency
                open("55000", "EUR", "2027-04-01", 90),    // next quarter
                closed(OpportunityStatus.WON, "2027-02-10", "32000"),
                closed(OpportunityStatus.LOST, "2027-01-05", null),
                closed(OpportunityStatus.WITHDRAWN, "2027-03-01", null),
                closed(OpportunityStatus.WON, "2026-12-31", "5000")); // the quarter before
        Timeline.Slip slip = new Timeline.Slip("d-5", "Dyno", "Pumps", "sam", LocalDate.parse("2026-11-05"),
                LocalDate.parse("2027-02-28"), LocalDate.parse("2027-05-15"), "Budget frozen");

        Forecast.Period period = Forecast.period(q1, deals, 70, List.of(slip));

        assertThat(period.start()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(period.end()).isEqualTo(LocalDate.parse("2027-03-31"));
        // EUR: 100000 + 40000 = 140000; weighted 70000 + 8000 = 78000; committed 100000
        assertThat(period.open()).containsExactly(
                new Forecast.OpenAmount("EUR", 2, new BigDecimal("140000.00"), new BigDecimal("78000.00"), 1,
                        new BigDecimal("100000.00"), null),
                new Forecast.OpenAmount("USD", 1, new BigDecimal("9999.99"), new BigDecimal("8999.99"), 1,
                        new BigDecimal("9999.99"), null));
        assertThat(period.closed()).isEqualTo(new Forecast.Closed(1, 1, 1,
                List.of(new Forecast.WonAmount("EUR", 1, new BigDecimal("32000.00")))));
        assertThat(period.slipped()).containsExactly(slip);
    }

    @Test
    void todaysForecastAlsoExpectsTheWonValueOfTheLearnedChances() {
        Forecast.Period period = Forecast.period(ClosePeriod.parse("2027-Q1"), List.of(
                open("100000", "2027-01-15", 70, 0.25), open("40000", "2027-03-31", 20, 0.6)), 70, List.of());
        // 100000 * 0.25 + 40000 * 0.6 = 49000, where the deals' own probabilities weigh 78000
        assertThat(period.open()).singleElement().satisfies(amount -> {
            assertThat(amount.weighted()).isEqualByComparingTo("78000");
            assertThat(amount.learnedExpected()).isEqualByComparingTo("49000.00");
        });
    }

    @Test
    void monthsAndQuartersAreCalendarPeriods() {
        assertThat(ClosePeriod.parse("2026-02")).isEqualTo(new ClosePeriod("2026-02", LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-28")));
        assertThat(ClosePeriod.containing(LocalDate.parse("2026-11-22"), ClosePeriod.Granularity.QUARTER))
                .isEqualTo(ClosePeriod.parse("2026-Q4"));
        assertThat(ClosePeriod.parse("2026-Q4").end()).isEqualTo(LocalDate.parse("2026-12-31"));
    }
}
