package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.OpportunityReviewed;
import io.opportunities.api.opportunity.RecordOpportunityReview;
import io.opportunities.api.opportunity.ReviewAnswers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.opportunities.command.opportunity.BuyingCentreTest.identified;
import static io.opportunities.command.opportunity.BuyingCentreTest.removed;

/** A manager's review: the five questions, findings, the actions agreed joining the closing plan, the next review. */
class OpportunityReviewTest extends OpportunityFixtureTest {

    static final String MANAGER = "maria";
    static final String ON = "2026-11-16";
    static final ReviewAnswers ANSWERS = new ReviewAnswers("Still understanding the need",
            "Workshop held, minutes sent", "CFO not met yet", "Initech's price",
            "Meet the CFO; send the ROI case");

    static AgreedAction agreedAction(String actionId, String dueOn, InfluenceTarget influences, String stakeholderId) {
        return new AgreedAction(actionId, "Meet the CFO", "CFO sponsors the business case", "rita", day(dueOn),
                "Visit", ActionSide.EXTERNAL, influences, stakeholderId, null, null);
    }

    static RecordOpportunityReview review(List<AgreedAction> actions, LocalDate nextReviewOn) {
        return new RecordOpportunityReview(ID, null, "r-1", ANSWERS, "Single-threaded: only IT is engaged",
                actions, nextReviewOn, MANAGER, NOW, day(ON));
    }

    @Test
    void givenOpenOpportunity_whenReviewed_thenReviewedAndTheAgreedActionsPlanned() {
        fixture.given(opened(), identified("s-1", StakeholderRole.DECISION_MAKER, null))
                .when(review(List.of(agreedAction("a-1", "2026-11-27", InfluenceTarget.STAKEHOLDER, "s-1"),
                        agreedAction("a-2", "2026-11-30", InfluenceTarget.VISION, null)), day("2026-11-30")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new OpportunityReviewed(ID, "r-1", "IDENTIFY", ANSWERS, "Single-threaded: only IT is engaged",
                                List.of("a-1", "a-2"), day("2026-11-30"), MANAGER, NOW, day(ON)),
                        new ClosingActionPlanned(ID, "a-1", "Meet the CFO", "CFO sponsors the business case", "rita",
                                day("2026-11-27"), "Visit", ActionSide.EXTERNAL, InfluenceTarget.STAKEHOLDER, "s-1",
                                null, null, MANAGER, NOW, day(ON)),
                        new ClosingActionPlanned(ID, "a-2", "Meet the CFO", "CFO sponsors the business case", "rita",
                                day("2026-11-30"), "Visit", ActionSide.EXTERNAL, InfluenceTarget.VISION, null,
                                null, null, MANAGER, NOW, day(ON)))
                .expectResultMessagePayload(4L);
    }

    @Test
    void givenOpenOpportunity_whenReviewedWithoutActions_thenOnlyReviewed() {
        fixture.given(opened())
                .when(review(List.of(), day("2026-12-14")))
                .expectEvents(new OpportunityReviewed(ID, "r-1", "IDENTIFY", ANSWERS,
                        "Single-threaded: only IT is engaged", List.of(), day("2026-12-14"), MANAGER, NOW, day(ON)));
    }

    @Test
    void givenAReviewedAction_whenCompleted_thenItIsAClosingPlanActionLikeAnyOther() {
        fixture.given(opened())
                .andGivenCommands(review(List.of(agreedAction("a-1", "2026-11-27", InfluenceTarget.NEED, null)),
                        day("2026-11-30")))
                .when(new CompleteAction(ID, null, "a-1", "CFO met", true, REP, NOW, day("2026-11-19")))
                .expectEvents(new ClosingActionCompleted(ID, "a-1", "CFO met", true, REP, NOW, day("2026-11-19")));
    }

    @Test
    void givenOpenOpportunity_whenNextReviewIsNotAfterThisOne_thenRejected() {
        rejectedBy(fixture.given(opened()).when(review(List.of(), day(ON))), "next-review-not-after-review");
    }

    @Test
    void givenOpenOpportunity_whenAnAgreedActionIsDueBeforeTheReview_thenRejectedAndNothingPlanned() {
        rejectedBy(fixture.given(opened()).when(review(List.of(
                agreedAction("a-1", "2026-11-27", InfluenceTarget.NEED, null),
                agreedAction("a-2", "2026-11-10", InfluenceTarget.NEED, null)), day("2026-11-30"))),
                "due-before-planned");
    }

    @Test
    void givenRemovedStakeholder_whenAnAgreedActionInfluencesThem_thenRejected() {
        rejectedBy(fixture.given(opened(), identified("s-1", StakeholderRole.USER, null), removed("s-1"))
                .when(review(List.of(agreedAction("a-1", "2026-11-27", InfluenceTarget.STAKEHOLDER, "s-1")),
                        day("2026-11-30"))), "stakeholder-removed");
    }

    @Test
    void givenWonOpportunity_whenReviewed_thenRejected() {
        rejectedBy(fixture.given(opened(), won("2026-11-01")).when(review(List.of(), day("2026-11-30"))),
                "opportunity-closed");
    }

    @Test
    void givenOpenOpportunity_whenReviewedInTheFuture_thenRejected() {
        rejectedBy(fixture.given(opened()).when(new RecordOpportunityReview(ID, null, "r-1", ANSWERS, "findings",
                List.of(), day("2027-01-31"), MANAGER, NOW, day("2026-12-24"))), "occurred-in-future");
    }
}
