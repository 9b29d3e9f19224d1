package io.opportunities.query.winloss;

import io.opportunities.api.closingplan.InfluencerGrade;
import io.opportunities.api.closingplan.Receptivity;
import io.opportunities.api.closingplan.RiskCategory;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.opportunity.WinLossRetrospective;
import io.opportunities.query.timeline.StagePath;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The story of one closed deal, replayed from its events: how it closed, the stages it went through and how long it
 * stayed in each, the moves back, the next steps kept and missed, the slips of its close date, its probability over
 * time, the buying centre and the closing plan as they stood at the close, and the team's retrospectives.
 */
record WinLossReview(String opportunityId, long version, String customer, String title, @Nullable String product,
                     String owner, LocalDate openedOn, Outcome outcome, long cycleDays, List<Stay> stages,
                     List<StageTime> timeInStage, List<Regression> regressions, NextSteps nextSteps,
                     List<Slip> closeDateSlips, List<ProbabilityPoint> probabilityPath, BuyingCentre buyingCentre,
                     OpenAtClose openAtClose, List<Retrospective> retrospectives) {

    /** How the deal closed: in which stage, on which day, for how much, or why not. */
    @Schema(name = "WinLossReviewOutcome")
    record Outcome(OpportunityStatus status, LocalDate closedOn, String stage, Money estimatedValue,
                   @Nullable Money wonValue, @Nullable String lossReason, @Nullable String competitor,
                   @Nullable String withdrawalKind, @Nullable String explanation, int timesReopened) {
    }

    /** One stay in a stage: entered, left, after how many days and how (advanced, moved back, won ...). */
    record Stay(String stage, String name, LocalDate enteredOn, LocalDate leftOn, long days, StagePath.Exit exit,
                @Nullable String nextStage) {
    }

    /** All the days the deal spent in a stage, over every stay. */
    record StageTime(String stage, String name, int stays, long days) {
    }

    record Regression(LocalDate on, String fromStage, String toStage, String reason, String recordedBy) {
    }

    /**
     * @param kept   done, on or before the due date in force when they were settled
     * @param late   done after that due date
     * @param missed recorded as missed
     * @param openAtClose still pending when the deal closed
     */
    record NextSteps(int agreed, int kept, int late, int missed, int rescheduled, int openAtClose, List<Step> steps) {
    }

    /** @param outcome DONE, MISSED, or null while pending at the close */
    record Step(String nextStepId, String description, String goal, String customerOwner, LocalDate agreedOn,
                LocalDate firstDueOn, LocalDate dueOn, int timesRescheduled, @Nullable String outcome,
                @Nullable LocalDate settledOn, @Nullable Boolean onTime, @Nullable String result) {
    }

    /** The expected close date moved later by {@code days}, on {@code on}, for {@code reason}. */
    @Schema(name = "WinLossReviewSlip")
    record Slip(LocalDate on, LocalDate from, LocalDate to, long days, String reason, String recordedBy) {
    }

    /** The probability the deal carried from {@code on}, and what moved it there. */
    record ProbabilityPoint(LocalDate on, Instant recordedAt, int probability, String change, String why) {
    }

    /**
     * The people of the buying centre at the close, and how well they were covered: which of the roles that decide
     * were identified, how many people were assessed, how many stood well with us.
     */
    record BuyingCentre(List<Person> people, List<StakeholderRole> rolesCovered, List<StakeholderRole> rolesMissing,
                        int assessed, int favourable, int removedBeforeClose) {
    }

    record Person(String stakeholderId, String name, @Nullable String title, StakeholderRole role,
                  @Nullable InfluencerGrade grade, @Nullable Receptivity receptivity, @Nullable Integer influence,
                  @Nullable Integer relationship, @Nullable LocalDate lastAssessedOn) {
    }

    /** What was still open in the closing plan at the moment of closing. */
    record OpenAtClose(List<Risk> risks, List<InformationGap> informationGaps, List<Action> actions,
                       List<Decision> internalDecisions) {
    }

    record Risk(String riskId, String description, RiskCategory category, LocalDate recordedOn) {
    }

    record InformationGap(String informationGapId, String question, LocalDate recordedOn) {
    }

    record Action(String actionId, String what, String owner, LocalDate dueOn) {
    }

    record Decision(String internalDecisionId, String question, String decidedBy, LocalDate requestedOn) {
    }

    /** A win/loss review the team recorded. */
    record Retrospective(String reviewId, LocalDate reviewedOn, String recordedBy, List<String> participants,
                         WinLossRetrospective findings) {
    }
}
