package io.opportunities.query.opportunity;

import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.BuyerPhase;
import io.opportunities.api.salesprocess.SalesProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Turns rows into what the API answers; the days in stage are derived at read time, up to today. */
final class OpportunityViews {

    private OpportunityViews() {
    }

    @Schema(name = "OpportunityStage")
    record StageView(String code, String name, BuyerPhase buyerPhase) {
    }

    @Schema(name = "OpportunityNextStep")
    record NextStepView(String nextStepId, String description, String goal, LocalDate dueOn, String customerOwner,
                        String status, @Nullable String result, LocalDate agreedOn, @Nullable LocalDate settledOn,
                        boolean overdue) {
    }

    record BuyingActionView(String buyingActionId, String type, String description, String evidence,
                            LocalDate occurredOn, String recordedBy) {
    }

    /** A manager's review: the five answers, the findings, the actions agreed and the next review's date. */
    record ReviewView(String reviewId, LocalDate reviewedOn, String reviewedBy, String stage, String stageAssessment,
                      String agreedActionsStatus, String blockingIssues, String couldPreventWinning,
                      String requiredToWin, String findings, List<String> agreedActionIds, LocalDate nextReviewOn) {
    }

    @Schema(name = "OpportunityOutcome")
    record Outcome(@Nullable Money wonValue, @Nullable String lossReason, @Nullable String competitor,
                   @Nullable String withdrawalKind, @Nullable String explanation) {
    }

    record WarningSignalView(String type, String description) {
    }

    /**
     * Where the probability comes from: the ladder's certainty, and a manual override with its reason if there is
     * one. The probability itself is the override if any, else the ladder's; 100 once won, 0 once lost.
     */
    record CertaintyView(int ladder, @Nullable Integer override, @Nullable String overrideReason, boolean overridden) {
    }

    /** A line of the opportunity list. */
    record OpportunitySummary(String opportunityId, long version, String customer, String title,
                              @Nullable String product, String owner, StageView stage, OpportunityStatus status,
                              Money estimatedValue, LocalDate expectedCloseOn, int probability, CertaintyView certainty,
                              long daysInStage, @Nullable LocalDate nextStepDueOn) {
    }

    /** One opportunity in full. */
    record OpportunityDetail(String opportunityId, long version, String customer, String title,
                             @Nullable String product, String owner, StageView stage, LocalDate stageEnteredOn,
                             long daysInStage, OpportunityStatus status, Money estimatedValue,
                             LocalDate expectedCloseOn, int probability, CertaintyView certainty, boolean qualified,
                             WarningSignalView warningSignal, LocalDate openedOn, String openedBy,
                             @Nullable LocalDate closedOn, @Nullable Outcome outcome,
                             @Nullable NextStepView currentNextStep, List<NextStepView> nextSteps,
                             List<BuyingActionView> buyingActions, List<ReviewView> reviews,
                             @Nullable LocalDate nextReviewOn, Instant lastRecordedAt) {
    }

    /** Reads only the row's own columns: a page of the list is one query. */
    static OpportunitySummary summary(OpportunityRow row, SalesProcess process, LocalDate today) {
        return new OpportunitySummary(row.opportunityId, row.version, row.customer, row.title, row.product, row.owner,
                stage(row.stage, process), OpportunityStatus.valueOf(row.status),
                Amounts.money(row.estimatedAmount, row.currency), row.expectedCloseOn, row.probability, certainty(row),
                daysInStage(row, today), row.nextStepDueOn);
    }

    static OpportunityDetail detail(OpportunityRow row, SalesProcess process, LocalDate today) {
        NextStepItem current = row.currentNextStep().orElse(null);
        return new OpportunityDetail(row.opportunityId, row.version, row.customer, row.title, row.product, row.owner,
                stage(row.stage, process), row.stageEnteredOn, daysInStage(row, today),
                OpportunityStatus.valueOf(row.status),
                Amounts.money(row.estimatedAmount, row.currency), row.expectedCloseOn, row.probability,
                certainty(row), row.qualified, new WarningSignalView(row.warningSignalType, row.warningSignalDescription),
                row.openedOn, row.openedBy, row.closedOn, outcome(row),
                current == null ? null : nextStep(current, today),
                row.nextSteps.stream().map(step -> nextStep(step, today)).toList(),
                row.buyingActions.stream().map(OpportunityViews::buyingAction).toList(),
                row.reviews.stream().map(OpportunityViews::review).toList(), row.nextReviewOn,
                row.lastRecordedAt);
    }

    static CertaintyView certainty(OpportunityRow row) {
        return certainty(row.certainty, row.certaintyOverride, row.certaintyOverrideReason);
    }

    static CertaintyView certainty(int ladder, Integer override, String overrideReason) {
        return new CertaintyView(ladder, override, overrideReason, override != null);
    }

    static long daysInStage(OpportunityRow row, LocalDate today) {
        return daysInStage(row.stageEnteredOn, row.closedOn, today);
    }

    /** Whole days since the deal entered its stage, up to today or, once closed, up to the close. */
    static long daysInStage(LocalDate stageEnteredOn, LocalDate closedOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(stageEnteredOn, closedOn != null ? closedOn : today));
    }

    /** The stage with its name and buyer phase; one the process no longer has is shown by its code. */
    static StageView stage(String code, SalesProcess process) {
        return process.stage(code)
                .map(stage -> new StageView(stage.code(), stage.name(), stage.buyerPhase()))
                .orElse(new StageView(code, code, null));
    }

    private static Outcome outcome(OpportunityRow row) {
        if (row.closedOn == null) {
            return null;
        }
        Money won = row.wonAmount == null ? null : Amounts.money(row.wonAmount, row.wonCurrency);
        return new Outcome(won, row.lossReason, row.competitor, row.withdrawalKind, row.closeExplanation);
    }

    private static NextStepView nextStep(NextStepItem step, LocalDate today) {
        return new NextStepView(step.nextStepId, step.description, step.goal, step.dueOn, step.customerOwner,
                step.status, step.result, step.agreedOn, step.settledOn, step.pending() && step.dueOn.isBefore(today));
    }

    private static ReviewView review(ReviewItem review) {
        return new ReviewView(review.reviewId, review.reviewedOn, review.reviewedBy, review.stage,
                review.stageAssessment, review.agreedActionsStatus, review.blockingIssues, review.couldPreventWinning,
                review.requiredToWin, review.findings, review.agreedActionIds(), review.nextReviewOn);
    }

    private static BuyingActionView buyingAction(BuyingActionItem action) {
        return new BuyingActionView(action.buyingActionId, action.type, action.description, action.evidence,
                action.occurredOn, action.recordedBy);
    }
}
