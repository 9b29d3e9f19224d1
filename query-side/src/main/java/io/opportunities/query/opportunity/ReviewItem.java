package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.OpportunityReviewed;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A manager's review of the deal, as the detail shows it. */
@Embeddable
class ReviewItem {

    @Column(name = "review_id")
    String reviewId;
    @Column(name = "reviewed_on")
    LocalDate reviewedOn;
    @Column(name = "reviewed_by")
    String reviewedBy;
    String stage;
    @Column(name = "stage_assessment")
    String stageAssessment;
    @Column(name = "agreed_actions_status")
    String agreedActionsStatus;
    @Column(name = "blocking_issues")
    String blockingIssues;
    @Column(name = "could_prevent_winning")
    String couldPreventWinning;
    @Column(name = "required_to_win")
    String requiredToWin;
    String findings;
    @Column(name = "agreed_action_ids")
    String agreedActionIds;
    @Column(name = "next_review_on")
    LocalDate nextReviewOn;

    protected ReviewItem() {
    }

    ReviewItem(OpportunityReviewed event) {
        this.reviewId = event.reviewId();
        this.reviewedOn = event.occurredOn();
        this.reviewedBy = event.recordedBy();
        this.stage = event.stage();
        this.stageAssessment = event.answers().stageAssessment();
        this.agreedActionsStatus = event.answers().agreedActionsStatus();
        this.blockingIssues = event.answers().blockingIssues();
        this.couldPreventWinning = event.answers().couldPreventWinning();
        this.requiredToWin = event.answers().requiredToWin();
        this.findings = event.findings();
        this.agreedActionIds = String.join(",", event.agreedActionIds());
        this.nextReviewOn = event.nextReviewOn();
    }

    List<String> agreedActionIds() {
        return agreedActionIds.isEmpty() ? List.of() : Arrays.asList(agreedActionIds.split(","));
    }
}
