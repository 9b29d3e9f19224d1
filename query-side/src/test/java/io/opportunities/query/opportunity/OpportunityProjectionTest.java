package io.opportunities.query.opportunity;

import io.opportunities.api.closingplan.ClosingCertaintyOverridden;
import io.opportunities.api.closingplan.ClosingCertaintyOverrideRemoved;
import io.opportunities.api.opportunity.*;
import io.opportunities.query.opportunity.OpportunityViews.OpportunityDetail;
import io.opportunities.query.opportunity.OpportunityViews.OpportunitySummary;
import org.junit.jupiter.api.Test;

import java.util.List;


import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Feeds events to the opportunity projection's row, without Spring or a database, and reads the views. */
class OpportunityProjectionTest {

    private static OpportunityRow project(OpportunityEvent... events) {
        OpportunityRow row = OpportunityRow.opened((OpportunityOpened) events[0], 0, 10);
        for (int version = 1; version < events.length; version++) {
            row.apply(events[version], version);
        }
        return row;
    }

    @Test
    void anOpenedDeal_isInTheFirstStageAtItsDefaultProbability() {
        OpportunityDetail detail = OpportunityViews.detail(project(opened()), PROCESS, day("2026-10-11"));

        assertThat(detail.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(detail.stage().code()).isEqualTo("IDENTIFY");
        assertThat(detail.stage().name()).isEqualTo("Identify");
        assertThat(detail.probability()).isEqualTo(10);
        assertThat(detail.daysInStage()).isEqualTo(10);
        assertThat(detail.estimatedValue()).isEqualTo(new Money(new java.math.BigDecimal("48000.00"), "EUR"));
        assertThat(detail.openedBy()).isEqualTo(REP);
        assertThat(detail.version()).isZero();
        assertThat(detail.qualified()).isFalse();
    }

    @Test
    void anAdvancedDeal_countsItsDaysFromTheStageEntryAndCarriesItsClosingCertainty() {
        OpportunityRow row = project(opened(), qualified(), buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                certaintyChanged(10, 20, "ba-1", "2026-10-03"), advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"));

        OpportunitySummary summary = OpportunityViews.summary(row, PROCESS, day("2026-10-11"));

        assertThat(summary.stage().code()).isEqualTo("UNDERSTAND_NEED");
        assertThat(summary.probability()).isEqualTo(20);
        assertThat(summary.certainty().overridden()).isFalse();
        assertThat(summary.daysInStage()).isEqualTo(7);
        assertThat(summary.version()).isEqualTo(4);
        OpportunityDetail detail = OpportunityViews.detail(row, PROCESS, day("2026-10-11"));
        assertThat(detail.qualified()).isTrue();
        assertThat(detail.buyingActions()).extracting(OpportunityViews.BuyingActionView::type)
                .containsExactly("DECISION_MAKER_CONTACTED");
    }

    @Test
    void theCurrentNextStep_isThePendingOneDueFirst_andOverdueOncePastItsDate() {
        OpportunityRow row = project(opened(), nextStep("late", "2026-10-20", "2026-10-02"),
                nextStep("soon", "2026-10-08", "2026-10-03"), nextStep("done", "2026-10-05", "2026-10-02"),
                new NextStepCompleted(ID, "done", "agreed", REP, NOW, day("2026-10-05")));

        OpportunityDetail detail = OpportunityViews.detail(row, PROCESS, day("2026-10-10"));

        assertThat(detail.currentNextStep().nextStepId()).isEqualTo("soon");
        assertThat(detail.currentNextStep().overdue()).isTrue();
        assertThat(detail.nextSteps()).extracting(OpportunityViews.NextStepView::status)
                .containsExactly("PENDING", "PENDING", "DONE");
        assertThat(OpportunityViews.summary(row, PROCESS, day("2026-10-10")).nextStepDueOn())
                .isEqualTo(day("2026-10-08"));
    }

    @Test
    void aRescheduledNextStep_keepsPendingWithItsNewDate() {
        OpportunityRow row = project(opened(), nextStep("a", "2026-10-08", "2026-10-02"),
                new NextStepRescheduled(ID, "a", day("2026-10-08"), day("2026-10-30"), "later", REP, NOW,
                        day("2026-10-07")));

        OpportunityDetail detail = OpportunityViews.detail(row, PROCESS, day("2026-10-10"));

        assertThat(detail.currentNextStep().dueOn()).isEqualTo(day("2026-10-30"));
        assertThat(detail.currentNextStep().overdue()).isFalse();
        assertThat(OpportunityViews.summary(row, PROCESS, day("2026-10-10")).nextStepDueOn())
                .isEqualTo(day("2026-10-30"));
    }

    @Test
    void onceEveryNextStepIsSettled_thereIsNoCurrentOne() {
        OpportunityRow row = project(opened(), nextStep("a", "2026-10-08", "2026-10-02"),
                new NextStepMissed(ID, "a", "nobody came", REP, NOW, day("2026-10-08")));

        assertThat(OpportunityViews.detail(row, PROCESS, day("2026-10-10")).currentNextStep()).isNull();
        assertThat(OpportunityViews.summary(row, PROCESS, day("2026-10-10")).nextStepDueOn()).isNull();
    }

    @Test
    void revisions_changeValueAndExpectedCloseDate() {
        OpportunityRow row = project(opened(),
                new EstimatedValueRevised(ID, Money.of("48000", "EUR"), Money.of("1000000", "JPY"), "yen", REP, NOW,
                        day("2026-10-03")),
                new ExpectedCloseDateMoved(ID, day("2027-03-31"), day("2027-06-30"), "slip", REP, NOW,
                        day("2026-10-03")));

        OpportunityDetail detail = OpportunityViews.detail(row, PROCESS, day("2026-10-10"));

        assertThat(detail.estimatedValue().amount()).isEqualByComparingTo("1000000");
        assertThat(detail.estimatedValue().amount().scale()).isZero();
        assertThat(detail.estimatedValue().currency()).isEqualTo("JPY");
        assertThat(detail.expectedCloseOn()).isEqualTo(day("2027-06-30"));
    }

    @Test
    void aWonDeal_is100PercentWithItsValueAndStopsCountingDaysAtTheClose() {
        OpportunityRow row = project(opened(),
                new OpportunityWon(ID, Money.of("50000", "EUR"), "IDENTIFY", List.of(), REP, NOW, day("2026-10-21")));

        OpportunityDetail detail = OpportunityViews.detail(row, PROCESS, day("2026-11-30"));

        assertThat(detail.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(detail.probability()).isEqualTo(100);
        assertThat(detail.daysInStage()).isEqualTo(20);
        assertThat(detail.closedOn()).isEqualTo(day("2026-10-21"));
        assertThat(detail.outcome().wonValue().amount()).isEqualByComparingTo("50000");
    }

    @Test
    void lostAndWithdrawnDeals_areZeroPercentAndSayWhy() {
        OpportunityDetail lost = OpportunityViews.detail(project(opened(), new OpportunityLost(ID, LossReason.PRICE,
                "cheaper", "Initech", "IDENTIFY", REP, NOW, day("2026-10-21"))), PROCESS, day("2026-11-01"));
        OpportunityDetail withdrawn = OpportunityViews.detail(project(opened(), new OpportunityWithdrawn(ID,
                WithdrawalKind.DISQUALIFIED, "no fit", "IDENTIFY", REP, NOW, day("2026-10-21"))), PROCESS,
                day("2026-11-01"));

        assertThat(lost.probability()).isZero();
        assertThat(lost.outcome().lossReason()).isEqualTo("PRICE");
        assertThat(lost.outcome().competitor()).isEqualTo("Initech");
        assertThat(lost.outcome().explanation()).isEqualTo("cheaper");
        assertThat(withdrawn.status()).isEqualTo(OpportunityStatus.WITHDRAWN);
        assertThat(withdrawn.probability()).isZero();
        assertThat(withdrawn.outcome().withdrawalKind()).isEqualTo("DISQUALIFIED");
        assertThat(withdrawn.outcome().lossReason()).isNull();
    }

    @Test
    void aReopenedDeal_isOpenAgainWithoutItsFormerOutcome() {
        OpportunityRow row = project(opened(), new OpportunityLost(ID, LossReason.PRICE, "cheaper", "Initech",
                        "IDENTIFY", REP, NOW, day("2026-10-21")),
                new OpportunityReopened(ID, "they came back", "IDENTIFY", REP, NOW, day("2026-11-02")));

        OpportunityDetail detail = OpportunityViews.detail(row, PROCESS, day("2026-11-05"));

        assertThat(detail.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(detail.outcome()).isNull();
        assertThat(detail.closedOn()).isNull();
        assertThat(detail.probability()).isEqualTo(10);
    }

    @Test
    void anEventAppliedAgain_changesNothing() {
        OpportunityRow row = project(opened(), buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"));

        row.apply(buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"), 1);

        assertThat(row.buyingActions).hasSize(1);
        assertThat(row.version).isEqualTo(1);
    }

    @Test
    void aStageTheProcessNoLongerHas_showsItsCodeAndKeepsTheClosingCertainty() {
        OpportunityRow row = project(opened(), qualified(), buyingAction("ba-1", "DECISION_MAKER_CONTACTED",
                "2026-10-03"), advanced("IDENTIFY", "RETIRED_STAGE", "2026-10-04"));

        OpportunitySummary summary = OpportunityViews.summary(row, PROCESS, day("2026-10-05"));

        assertThat(summary.stage().name()).isEqualTo("RETIRED_STAGE");
        assertThat(summary.probability()).isEqualTo(10);
        assertThat(summary.stage().buyerPhase()).isNull();
    }

    @Test
    void aManualCertainty_isTheProbabilityAndStaysVisibleAsAnOverrideUntilRemoved() {
        OpportunityRow row = project(opened(), buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                certaintyChanged(10, 20, "ba-1", "2026-10-03"),
                new ClosingCertaintyOverridden(ID, 60, 20, "Renewal of a framework contract", REP, NOW,
                        day("2026-10-04")));

        OpportunitySummary overridden = OpportunityViews.summary(row, PROCESS, day("2026-10-11"));
        assertThat(overridden.probability()).isEqualTo(60);
        assertThat(overridden.certainty()).isEqualTo(new OpportunityViews.CertaintyView(20, 60,
                "Renewal of a framework contract", true));

        row.apply(new ClosingCertaintyOverrideRemoved(ID, 20, "Buyer changed", REP, NOW, day("2026-10-05")), 4);
        OpportunitySummary removed = OpportunityViews.summary(row, PROCESS, day("2026-10-11"));
        assertThat(removed.probability()).isEqualTo(20);
        assertThat(removed.certainty().overridden()).isFalse();

        row.apply(new OpportunityWon(ID, Money.of("48000", "EUR"), "IDENTIFY", List.of(), REP, NOW,
                day("2026-10-06")), 5);
        assertThat(OpportunityViews.summary(row, PROCESS, day("2026-10-11")).probability()).isEqualTo(100);
    }

    @Test
    void aReviewASlipAndAStrategicScore_areOnTheRowForTheAttentionList() {
        RowFold fold = new RowFold(10, "STRATEGIC_VALUE");
        OpportunityRow row = null;
        List<OpportunityEvent> events = List.of(opened(),
                buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                buyingAction("ba-2", "KEY_ISSUES_AGREED", "2026-10-02"),
                new ExpectedCloseDateMoved(ID, day("2027-03-31"), day("2027-02-28"), "Earlier", REP, NOW,
                        day("2026-10-04")),
                new ExpectedCloseDateMoved(ID, day("2027-02-28"), day("2027-05-31"), "Later", REP, NOW,
                        day("2026-10-06")),
                new io.opportunities.api.closingplan.OpportunityAssessed(ID, List.of(
                        new io.opportunities.api.closingplan.AssessmentAnswer("STRATEGIC_VALUE", 5, "New market"),
                        new io.opportunities.api.closingplan.AssessmentAnswer("COMPELLING_REASON", 2, null)),
                        REP, NOW, day("2026-10-07")),
                new OpportunityReviewed(ID, "r-1", "IDENTIFY", new ReviewAnswers("a", "b", "c", "d", "e"), "findings",
                        List.of("a-1", "a-2"), day("2026-10-22"), "maria", NOW, day("2026-10-08")));
        for (int version = 0; version < events.size(); version++) {
            row = fold.apply(row, events.get(version), version);
        }

        assertThat(row.lastBuyingActionOn).isEqualTo(day("2026-10-03"));
        assertThat(row.lastSlippedOn).isEqualTo(day("2026-10-06"));
        assertThat(row.strategicScore).isEqualTo(5);
        assertThat(row.lastReviewedOn).isEqualTo(day("2026-10-08"));
        assertThat(row.nextReviewOn).isEqualTo(day("2026-10-22"));
        OpportunityDetail detail = OpportunityViews.detail(row, PROCESS, day("2026-10-11"));
        assertThat(detail.nextReviewOn()).isEqualTo(day("2026-10-22"));
        assertThat(detail.reviews()).singleElement().satisfies(review -> {
            assertThat(review.reviewedBy()).isEqualTo("maria");
            assertThat(review.agreedActionIds()).containsExactly("a-1", "a-2");
            assertThat(review.couldPreventWinning()).isEqualTo("d");
        });
    }
}
