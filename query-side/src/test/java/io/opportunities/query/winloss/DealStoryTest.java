package io.opportunities.query.winloss;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.*;
import io.opportunities.query.timeline.StagePath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One deal's events replayed into its win/loss review, every figure worked out by hand. */
class DealStoryTest {

    static final WinLossRetrospective FINDINGS = new WinLossRetrospective(null, null, null,
            "Lost on price to Initech", null, null, null, null, List.of("Early CFO meeting"),
            List.of("Discount late"), List.of("Price workshop before the proposal"));

    /**
     * Opened 10-01 (10 %); decision maker 10-03 (20 %); advanced 10-04; step A due 10-10 done 10-09 (kept); step B due
     * 10-15, rescheduled to 10-20, done 10-22 (late); step C due 10-25 missed; step D due 11-30 open at the close;
     * close date slipped 10-10 by 91 days; moved back 10-12; advanced again 10-14; overridden to 50 % on 10-16;
     * lost 10-30; reviewed 11-02. A CFO (decision maker, relationship +1) and an approver removed 10-08; a risk
     * and a gap open at the close, a second risk mitigated.
     */
    static List<DealStory.Recorded> events() {
        List<OpportunityEvent> events = List.of(opened(), qualified(),
                buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                certaintyChanged(10, 20, "ba-1", "2026-10-03"),
                advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"),
                new StakeholderIdentified(ID, "s-1", "Dana", "CFO", StakeholderRole.DECISION_MAKER, null, "cost",
                        "fuel", "hero", REP, NOW, day("2026-10-04")),
                new StakeholderAssessed(ID, "s-1", Receptivity.T, 5, 1, "keen", REP, NOW, day("2026-10-05")),
                new StakeholderIdentified(ID, "s-2", "Ann", "CEO", StakeholderRole.APPROVER, null, "growth",
                        "board", "bonus", REP, NOW, day("2026-10-04")),
                new StakeholderRemoved(ID, "s-2", StakeholderRemoval.LEFT, "left the company", REP, NOW,
                        day("2026-10-08")),
                nextStep("A", "2026-10-10", "2026-10-04"),
                new NextStepCompleted(ID, "A", "done", REP, NOW, day("2026-10-09")),
                nextStep("B", "2026-10-15", "2026-10-05"),
                new NextStepRescheduled(ID, "B", day("2026-10-15"), day("2026-10-20"), "ill", REP, NOW,
                        day("2026-10-14")),
                new NextStepCompleted(ID, "B", "done late", REP, NOW, day("2026-10-22")),
                nextStep("C", "2026-10-25", "2026-10-06"),
                new NextStepMissed(ID, "C", "no show", REP, NOW, day("2026-10-25")),
                nextStep("D", "2026-11-30", "2026-10-26"),
                new ExpectedCloseDateMoved(ID, day("2027-03-31"), day("2027-06-30"), "budget later", REP, NOW,
                        day("2026-10-10")),
                new StageMovedBack(ID, "UNDERSTAND_NEED", "IDENTIFY", "need reopened", REP, NOW, day("2026-10-12")),
                new StageAdvanced(ID, "IDENTIFY", "UNDERSTAND_NEED", List.of("ba-1"), REP, NOW, day("2026-10-14")),
                new ClosingCertaintyOverridden(ID, 50, 20, "CFO promised", REP, NOW, day("2026-10-16")),
                new RiskRecorded(ID, "r-1", "delivery by March", RiskCategory.DELIVERY, REP, NOW, day("2026-10-06")),
                new RiskRecorded(ID, "r-2", "price war", RiskCategory.MARGIN, REP, NOW, day("2026-10-06")),
                new RiskMitigated(ID, "r-2", "floor agreed", REP, NOW, day("2026-10-07")),
                new InformationGapRecorded(ID, "g-1", "Who signs?", REP, NOW, day("2026-10-06")),
                new OpportunityLost(ID, LossReason.PRICE, "10 % cheaper", "Initech", "UNDERSTAND_NEED", REP, NOW,
                        day("2026-10-30")),
                new WinLossReviewRecorded(ID, "wl-1", OpportunityStatus.LOST, List.of("rita", "maria"), FINDINGS,
                        "maria", NOW, day("2026-11-02")));
        List<DealStory.Recorded> recorded = new ArrayList<>();
        for (int version = 0; version < events.size(); version++) {
            recorded.add(new DealStory.Recorded(events.get(version), version));
        }
        return recorded;
    }

    @Test
    void aLostDeal_toldFromItsEvents() {
        WinLossReview review = DealStory.of(events(), PROCESS).orElseThrow();

        assertThat(review.outcome().status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(review.outcome().closedOn()).isEqualTo(day("2026-10-30"));
        assertThat(review.outcome().lossReason()).isEqualTo("PRICE");
        assertThat(review.outcome().competitor()).isEqualTo("Initech");
        assertThat(review.cycleDays()).isEqualTo(29);
        // IDENTIFY 10-01..10-04 (3), UNDERSTAND_NEED 10-04..10-12 (8), IDENTIFY 10-12..10-14 (2), UNDERSTAND_NEED
        // 10-14..10-30 (16)
        assertThat(review.stages()).extracting(WinLossReview.Stay::stage, WinLossReview.Stay::days,
                        WinLossReview.Stay::exit)
                .containsExactly(tuple("IDENTIFY", 3L, StagePath.Exit.ADVANCED),
                        tuple("UNDERSTAND_NEED", 8L, StagePath.Exit.MOVED_BACK),
                        tuple("IDENTIFY", 2L, StagePath.Exit.ADVANCED),
                        tuple("UNDERSTAND_NEED", 16L, StagePath.Exit.LOST));
        assertThat(review.timeInStage()).extracting(WinLossReview.StageTime::stage, WinLossReview.StageTime::stays,
                        WinLossReview.StageTime::days)
                .containsExactly(tuple("IDENTIFY", 2, 5L),
                        tuple("UNDERSTAND_NEED", 2, 24L),
                        tuple("NEGOTIATE", 0, 0L));
        assertThat(review.regressions()).singleElement()
                .satisfies(back -> assertThat(back.reason()).isEqualTo("need reopened"));

        WinLossReview.NextSteps steps = review.nextSteps();
        assertThat(List.of(steps.agreed(), steps.kept(), steps.late(), steps.missed(), steps.rescheduled(),
                steps.openAtClose())).containsExactly(4, 1, 1, 1, 1, 1);

        assertThat(review.closeDateSlips()).singleElement().satisfies(slip -> {
            assertThat(slip.days()).isEqualTo(91);
            assertThat(slip.reason()).isEqualTo("budget later");
        });
        // 10 opened, 20 decision maker, 50 override, 0 lost
        assertThat(review.probabilityPath()).extracting(WinLossReview.ProbabilityPoint::probability)
                .containsExactly(10, 20, 50, 0);
        assertThat(review.probabilityPath().get(2).why()).isEqualTo("Overridden by rita: CFO promised");

        WinLossReview.BuyingCentre centre = review.buyingCentre();
        assertThat(centre.people()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("Dana");
            assertThat(person.relationship()).isEqualTo(1);
        });
        assertThat(centre.rolesCovered()).containsExactly(StakeholderRole.DECISION_MAKER);
        assertThat(centre.rolesMissing()).containsExactly(StakeholderRole.APPROVER, StakeholderRole.INFLUENCER,
                StakeholderRole.SPONSOR);
        assertThat(List.of(centre.assessed(), centre.favourable(), centre.removedBeforeClose()))
                .containsExactly(1, 1, 1);

        assertThat(review.openAtClose().risks()).extracting(WinLossReview.Risk::riskId).containsExactly("r-1");
        assertThat(review.openAtClose().informationGaps()).extracting(WinLossReview.InformationGap::question)
                .containsExactly("Who signs?");
        assertThat(review.retrospectives()).singleElement().satisfies(retrospective -> {
            assertThat(retrospective.findings().strategiesThatFailed()).containsExactly("Discount late");
            assertThat(retrospective.participants()).containsExactly("rita", "maria");
        });
    }

    @Test
    void anOpenDeal_hasNoReviewYet() {
        List<DealStory.Recorded> open = events().subList(0, 10);
        assertThat(DealStory.of(open, PROCESS)).isEmpty();
    }

    @Test
    void aReopenedDeal_hasNoReviewUntilItClosesAgain() {
        List<DealStory.Recorded> events = new ArrayList<>(events());
        events.add(new DealStory.Recorded(new OpportunityReopened(ID, "came back", "UNDERSTAND_NEED", REP, NOW,
                day("2026-11-05")), events.size()));
        assertThat(DealStory.of(events, PROCESS)).isEmpty();
        events.add(new DealStory.Recorded(new OpportunityWon(ID, Money.of("40000", "EUR"), "UNDERSTAND_NEED",
                List.of(), REP, NOW, day("2026-11-10")), events.size()));
        WinLossReview won = DealStory.of(events, PROCESS).orElseThrow();
        assertThat(won.outcome().status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.outcome().timesReopened()).isEqualTo(1);
        assertThat(won.probabilityPath()).extracting(WinLossReview.ProbabilityPoint::probability)
                .containsExactly(10, 20, 50, 0, 50, 100);
        // the review recorded before the reopening told the story of the loss, not of this win
        assertThat(won.retrospectives()).isEmpty();
    }
}
