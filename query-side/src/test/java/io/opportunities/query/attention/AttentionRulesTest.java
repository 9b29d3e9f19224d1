package io.opportunities.query.attention;

import io.opportunities.platform.config.SalesProperties;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.opportunities.query.TestEvents.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the attention list on one day, 2026-11-23, with the dates worked out by hand. */
class AttentionRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private final AttentionRules rules = new AttentionRules(PROCESS,
            new SalesProperties.Attention(Map.of("EUR", new BigDecimal("100000")), "STRATEGIC_VALUE", 4, 30));

    /** A qualified deal in IDENTIFY since 2026-11-20, worth 5000 EUR, closing 2027-03-31: nothing to look at. */
    private static AttentionRules.Deal quiet() {
        return new AttentionRules.Deal("IDENTIFY", day("2026-11-20"), new BigDecimal("5000"), "EUR", day("2027-03-31"),
                null, true, null, null, null, null, null);
    }

    @Test
    void aQuietDeal_needsNoAttention() {
        assertThat(rules.reasons(quiet(), TODAY)).isEmpty();
    }

    @Test
    void aNextStepDueYesterday_isOverdue_oneDueToday_isNot() {
        AttentionRules.Deal dueYesterday = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"), new BigDecimal("5000"),
                "EUR", day("2027-03-31"), day("2026-11-22"), true, null, null, null, null, null);
        AttentionRules.Deal dueToday = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"), new BigDecimal("5000"),
                "EUR", day("2027-03-31"), TODAY, true, null, null, null, null, null);

        assertThat(rules.reasons(dueYesterday, TODAY)).extracting(AttentionList.Reason::detail)
                .containsExactly("The next step agreed with the customer was due on 2026-11-22, 1 day(s) ago.");
        assertThat(rules.reasons(dueToday, TODAY)).isEmpty();
    }

    @Test
    void closingWithinThirtyDays_orPastItsCloseDate_isClosingSoon() {
        assertThat(reasons(withClose("2026-12-23"))).containsExactly(AttentionReason.CLOSING_SOON); // in 30 days
        assertThat(reasons(withClose("2026-12-24"))).isEmpty();                                   // in 31 days
        assertThat(rules.reasons(withClose("2026-11-13"), TODAY)).extracting(AttentionList.Reason::detail)
                .containsExactly("Expected to close on 2026-11-13, 10 day(s) ago, and still open.");
    }

    @Test
    void aDealIsNotMoving_afterItsStagesUsualDays_withoutStageChangeOrBuyingAction() {
        // IDENTIFY usually takes 14 days: entered 2026-11-08 is 15 days ago, 2026-11-09 is exactly 14
        AttentionRules.Deal stalled = new AttentionRules.Deal("IDENTIFY", day("2026-11-08"), new BigDecimal("5000"),
                "EUR", day("2027-03-31"), null, true, null, null, null, null, null);
        AttentionRules.Deal justInTime = new AttentionRules.Deal("IDENTIFY", day("2026-11-09"), new BigDecimal("5000"),
                "EUR", day("2027-03-31"), null, true, null, null, null, null, null);
        AttentionRules.Deal movedByABuyingAction = new AttentionRules.Deal("IDENTIFY", day("2026-11-01"),
                new BigDecimal("5000"), "EUR", day("2027-03-31"), null, true, day("2026-11-10"), null, null, null, null);
        // UNDERSTAND_NEED usually takes 21 days: 15 days is fine there
        AttentionRules.Deal laterStage = new AttentionRules.Deal("UNDERSTAND_NEED", day("2026-11-08"),
                new BigDecimal("5000"), "EUR", day("2027-03-31"), null, true, null, null, null, null, null);

        assertThat(rules.reasons(stalled, TODAY)).extracting(AttentionList.Reason::detail).containsExactly(
                "No stage change and no buying action since 2026-11-08, 15 day(s); deals usually stay 14 day(s) in "
                        + "stage IDENTIFY.");
        assertThat(rules.reasons(justInTime, TODAY)).isEmpty();
        assertThat(rules.reasons(movedByABuyingAction, TODAY)).isEmpty();
        assertThat(rules.reasons(laterStage, TODAY)).isEmpty();
    }

    @Test
    void aSlip_countsUntilTheNextReview_andAReviewIsDueOnItsDate() {
        AttentionRules.Deal slippedNeverReviewed = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"),
                new BigDecimal("5000"), "EUR", day("2027-03-31"), null, true, null, null, null, day("2026-11-15"), null);
        AttentionRules.Deal slippedThenReviewed = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"),
                new BigDecimal("5000"), "EUR", day("2027-03-31"), null, true, null, day("2026-11-16"),
                day("2026-11-23"), day("2026-11-15"), null);
        AttentionRules.Deal reviewedThenSlipped = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"),
                new BigDecimal("5000"), "EUR", day("2027-03-31"), null, true, null, day("2026-11-16"),
                day("2026-11-30"), day("2026-11-17"), null);

        assertThat(reasons(slippedNeverReviewed)).containsExactly(AttentionReason.CLOSE_DATE_SLIPPED);
        assertThat(reasons(slippedThenReviewed)).containsExactly(AttentionReason.REVIEW_DUE);
        assertThat(reasons(reviewedThenSlipped)).containsExactly(AttentionReason.CLOSE_DATE_SLIPPED);
    }

    @Test
    void importance_byValuePerCurrency_orByStrategicScore() {
        AttentionRules.Deal large = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"), new BigDecimal("100000"),
                "EUR", day("2027-03-31"), null, true, null, null, null, null, null);
        AttentionRules.Deal largeInAnotherCurrency = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"),
                new BigDecimal("900000"), "SEK", day("2027-03-31"), null, true, null, null, null, null, null);
        AttentionRules.Deal strategic = new AttentionRules.Deal("IDENTIFY", day("2026-11-20"), new BigDecimal("5000"),
                "EUR", day("2027-03-31"), null, true, null, null, null, null, 4);

        assertThat(rules.reasons(large, TODAY)).extracting(AttentionList.Reason::detail)
                .containsExactly("Important: worth 100000 EUR, at least 100000.");
        assertThat(rules.reasons(largeInAnotherCurrency, TODAY)).isEmpty();
        assertThat(reasons(strategic)).containsExactly(AttentionReason.IMPORTANT);
    }

    @Test
    void everyReasonAtOnce_weighsTheirSum() {
        AttentionRules.Deal everything = new AttentionRules.Deal("IDENTIFY", day("2026-10-01"),
                new BigDecimal("250000"), "EUR", day("2026-12-01"), day("2026-11-20"), false, null, day("2026-10-10"),
                day("2026-11-23"), day("2026-10-20"), null);

        List<AttentionList.Reason> reasons = rules.reasons(everything, TODAY);

        assertThat(reasons).extracting(AttentionList.Reason::reason).containsExactly(
                AttentionReason.NEXT_STEP_OVERDUE, AttentionReason.CLOSING_SOON, AttentionReason.CLOSE_DATE_SLIPPED,
                AttentionReason.NOT_MOVING, AttentionReason.REVIEW_DUE, AttentionReason.IMPORTANT, AttentionReason.NEW);
        assertThat(AttentionRules.urgency(reasons)).isEqualTo(3 + 3 + 2 + 2 + 2 + 2 + 1);
    }

    private List<AttentionReason> reasons(AttentionRules.Deal deal) {
        return rules.reasons(deal, TODAY).stream().map(AttentionList.Reason::reason).toList();
    }

    private static AttentionRules.Deal withClose(String expectedCloseOn) {
        return new AttentionRules.Deal("IDENTIFY", day("2026-11-20"), new BigDecimal("5000"), "EUR",
                day(expectedCloseOn), null, true, null, null, null, null, null);
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
