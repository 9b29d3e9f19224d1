package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import io.opportunities.command.web.BusinessDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bodies of the closing-plan command endpoints. {@code occurredOn}, where it appears, is the business date the
 * fact happened, today in the organisation's zone when left out. Scores and ranges are checked here (400) and again
 * by the opportunity.
 */
final class ClosingPlanRequests {

    private ClosingPlanRequests() {
    }

    record StakeholderRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Dana Weber") String name,
            @Size(max = 200) @Schema(example = "CFO") String title,
            @NotNull @Schema(example = "DECISION_MAKER") StakeholderRole role,
            @Schema(description = "A or B, for influencers only") InfluencerGrade influencerGrade,
            @Size(max = 2000) @Schema(example = "Cut fleet costs by 10 %") String businessGoal,
            @Size(max = 2000) @Schema(example = "Fuel prices doubled") String businessChallenge,
            @Size(max = 2000) @Schema(example = "Seen as the one who fixed the fleet") String personalWin,
            @BusinessDate LocalDate occurredOn) {
    }

    record StakeholderAssessmentRequest(
            @NotNull @Schema(description = "G growth, T trouble, I even keel, O overconfident", example = "T")
            Receptivity receptivity,
            @NotNull @Min(1) @Max(5) @Schema(example = "5") Integer influence,
            @NotNull @Min(-2) @Max(2) @Schema(example = "1") Integer relationship,
            @Size(max = 2000) String note,
            @BusinessDate LocalDate occurredOn) {
    }

    /** An erasure takes no more than its business date, and the body may be left out. */
    record ErasureRequest(@BusinessDate LocalDate occurredOn) {
    }

    record StakeholderRemovalRequest(@NotNull StakeholderRemoval removal,
                                     @NotBlank @Size(max = 2000) String reason,
                                     @BusinessDate LocalDate occurredOn) {
    }

    record CompetitorRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Initech") String name,
            @Size(max = 2000) String strengths,
            @Size(max = 2000) String weaknesses,
            @Size(max = 50) @Schema(description = "Stakeholder ids of their allies inside the customer")
            List<@NotNull UUID> allies,
            @BusinessDate LocalDate occurredOn) {
    }

    record KeyPointHolderRequest(@NotNull UUID stakeholderId,
                                 @NotNull Stance stance,
                                 @NotNull @Min(1) @Max(5) Integer influence,
                                 @Size(max = 2000) String concern) {

        KeyPointHolder toHolder() {
            return new KeyPointHolder(stakeholderId.toString(), stance, influence, concern);
        }
    }

    record KeyPointRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Unit cost") String criterion,
            @Size(max = 2000) @Schema(description = "The minimum acceptable level", example = "Below 40 EUR per truck and month")
            String bottomLine,
            @Size(max = 50) List<@NotNull @Valid KeyPointHolderRequest> holders,
            @BusinessDate LocalDate occurredOn) {
    }

    record KeyPointRatingRequest(
            @Schema(description = "How well we meet the key point") Rating ourRating,
            @Size(max = 20) @Schema(description = "Competitor id to rating") Map<UUID, @NotNull Rating> competitorRatings,
            @Size(max = 2000) String note,
            @BusinessDate LocalDate occurredOn) {
    }

    record AnswerRequest(@NotBlank @Size(max = 100) @Schema(example = "COMPELLING_REASON") String question,
                         @NotNull @Min(1) @Max(5) @Schema(description = "1 speaks against pursuing the deal, 5 for it",
                                 example = "4") Integer score,
                         @Size(max = 2000) String note) {

        AssessmentAnswer toAnswer() {
            return new AssessmentAnswer(question, score, note);
        }
    }

    record AssessmentRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid AnswerRequest> answers,
                             @BusinessDate LocalDate occurredOn) {
    }

    record SmartGoalRequest(@NotBlank @Size(max = 2000) @Schema(example = "Signed order for 400 trucks") String goal,
                            @NotBlank @Size(max = 2000) @Schema(example = "Purchase order received") String measure,
                            @NotNull @Schema(example = "2027-03-31") @BusinessDate LocalDate dueOn,
                            @BusinessDate LocalDate occurredOn) {
    }

    record ActionRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "ROI workshop with the CFO") String what,
            @NotBlank @Size(max = 2000) @Schema(example = "CFO accepts the business case") String goal,
            @NotBlank @Size(max = 100) @Schema(example = "sam") String owner,
            @NotNull @BusinessDate LocalDate dueOn,
            @Size(max = 500) @Schema(example = "Workshop on site") String method,
            @NotNull ActionSide side,
            @NotNull InfluenceTarget influences,
            @Schema(description = "The person it influences; required when influences is STAKEHOLDER") UUID stakeholderId,
            @Schema(description = "The key point a strategy works on") UUID keyPointId,
            KeyPointStrategy strategy,
            @BusinessDate LocalDate occurredOn) {
    }

    /** A closing-plan action agreed in a review: an action request without a date of its own. */
    record AgreedActionRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "Meet the CFO") String what,
            @NotBlank @Size(max = 2000) @Schema(example = "CFO sponsors the business case") String goal,
            @NotBlank @Size(max = 100) @Schema(example = "rita") String owner,
            @NotNull @BusinessDate LocalDate dueOn,
            @Size(max = 500) @Schema(example = "Visit") String method,
            @NotNull ActionSide side,
            @NotNull InfluenceTarget influences,
            @Schema(description = "The person it influences; required when influences is STAKEHOLDER") UUID stakeholderId,
            @Schema(description = "The key point a strategy works on") UUID keyPointId,
            KeyPointStrategy strategy) {

        AgreedAction toAgreedAction(String actionId) {
            return new AgreedAction(actionId, what, goal, owner, dueOn, method, side, influences, idOf(stakeholderId),
                    idOf(keyPointId), strategy);
        }
    }

    record ActionCompletionRequest(@NotBlank @Size(max = 2000) String result,
                                   @NotNull @Schema(description = "Whether the action reached its goal") Boolean goalMet,
                                   @BusinessDate LocalDate occurredOn) {
    }

    /** A reason for a cancellation or a removal of an override. */
    record ReasonRequest(@NotBlank @Size(max = 2000) String reason, @BusinessDate LocalDate occurredOn) {
    }

    record RiskRequest(@NotBlank @Size(max = 2000) String description, @NotNull RiskCategory category,
                       @BusinessDate LocalDate occurredOn) {
    }

    record RiskMitigationRequest(@NotBlank @Size(max = 2000) String mitigation, @BusinessDate LocalDate occurredOn) {
    }

    record InformationGapRequest(@NotBlank @Size(max = 2000) @Schema(example = "Who signs above 100k EUR?")
                                 String question, @BusinessDate LocalDate occurredOn) {
    }

    record InformationGapClosureRequest(@NotBlank @Size(max = 2000) String answer, @BusinessDate LocalDate occurredOn) {
    }

    record InternalDecisionRequest(@NotBlank @Size(max = 2000) @Schema(example = "May we offer 12 % discount?")
                                   String question,
                                   @NotBlank @Size(max = 200) @Schema(example = "Pricing committee") String decidedBy,
                                   @BusinessDate LocalDate occurredOn) {
    }

    record InternalDecisionRecordRequest(@NotBlank @Size(max = 2000) String decision, @BusinessDate LocalDate occurredOn) {
    }

    record CertaintyOverrideRequest(@NotNull @Min(0) @Max(100) @Schema(example = "60") Integer certainty,
                                    @NotBlank @Size(max = 2000) String reason,
                                    @BusinessDate LocalDate occurredOn) {
    }

    static String idOf(UUID id) {
        return id == null ? null : id.toString();
    }

    static List<String> idsOf(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::toString).toList();
    }
}
