package io.opportunities.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The answer to an accepted command: the opportunity, its version after the command (also sent as ETag), and the id
 * of what the command created inside it, if anything. Only the fields that apply are sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandAccepted(
        @Schema(example = "0b6f6a5e-8d0e-4a53-9d59-2f1d4c2f8e11", requiredMode = Schema.RequiredMode.REQUIRED)
        String opportunityId,
        @Schema(description = "The opportunity's version after the command; send it as If-Match next time.",
                example = "3") long version,
        @Schema(description = "Set when a buying action was recorded") String buyingActionId,
        @Schema(description = "Set when a next step was agreed") String nextStepId,
        @Schema(description = "Set when a person of the buying centre was identified") String stakeholderId,
        @Schema(description = "Set when a competitor was recorded") String competitorId,
        @Schema(description = "Set when a key point was recorded") String keyPointId,
        @Schema(description = "Set when a closing-plan action was planned") String actionId,
        @Schema(description = "Set when a risk was recorded") String riskId,
        @Schema(description = "Set when an information gap was recorded") String informationGapId,
        @Schema(description = "Set when an internal decision was requested") String internalDecisionId,
        @Schema(description = "Set when the deal was won: the closing-plan actions still open at that moment")
        List<String> openActionIds,
        @Schema(description = "Set when the deal was reviewed, by its manager or in a win/loss review")
        String reviewId,
        @Schema(description = "Set when the deal was reviewed: the closing-plan actions agreed, in order")
        List<String> agreedActionIds) {

    /** What a command created inside the opportunity, named in the answer by its own field. */
    public enum Created {
        BUYING_ACTION, NEXT_STEP, STAKEHOLDER, COMPETITOR, KEY_POINT, ACTION, RISK, INFORMATION_GAP, INTERNAL_DECISION,
        WIN_LOSS_REVIEW
    }

    public static CommandAccepted of(String opportunityId, long version) {
        return new CommandAccepted(opportunityId, version, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static CommandAccepted created(String opportunityId, long version, Created kind, String id) {
        return new CommandAccepted(opportunityId, version,
                kind == Created.BUYING_ACTION ? id : null, kind == Created.NEXT_STEP ? id : null,
                kind == Created.STAKEHOLDER ? id : null, kind == Created.COMPETITOR ? id : null,
                kind == Created.KEY_POINT ? id : null, kind == Created.ACTION ? id : null,
                kind == Created.RISK ? id : null, kind == Created.INFORMATION_GAP ? id : null,
                kind == Created.INTERNAL_DECISION ? id : null, null, kind == Created.WIN_LOSS_REVIEW ? id : null, null);
    }

    public static CommandAccepted won(String opportunityId, long version, List<String> openActionIds) {
        return new CommandAccepted(opportunityId, version, null, null, null, null, null, null, null, null, null,
                List.copyOf(openActionIds), null, null);
    }

    public static CommandAccepted reviewed(String opportunityId, long version, String reviewId,
                                           List<String> agreedActionIds) {
        return new CommandAccepted(opportunityId, version, null, null, null, null, null, null, null, null, null, null,
                reviewId, List.copyOf(agreedActionIds));
    }
}
