package io.opportunities.command.opportunity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.opportunities.api.opportunity.LossReason;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.opportunity.NextStepOutcome;
import io.opportunities.api.opportunity.QualificationCriterion;
import io.opportunities.api.opportunity.ReviewAnswers;
import io.opportunities.api.opportunity.WarningSignal;
import io.opportunities.api.opportunity.WarningSignalType;
import io.opportunities.api.opportunity.WinLossRetrospective;
import io.opportunities.api.opportunity.WithdrawalKind;
import io.opportunities.command.web.BusinessDate;
import io.opportunities.command.web.IsoCurrency;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The bodies of the command endpoints. They are what a client may send, validated here; the commands are built
 * from them with the actor, the time and the ids the server decides. {@code occurredOn}, where it appears, is the
 * business date the fact happened, today in the organisation's zone when left out.
 */
final class OpportunityRequests {

    private static final String OCCURRED_ON = "Business date it happened; today when left out";

    private OpportunityRequests() {
    }

    record MoneyRequest(
            @NotNull @DecimalMin(value = "0.00") @Digits(integer = 15, fraction = 3)
            @Schema(example = "48000.00") BigDecimal amount,
            @NotNull @IsoCurrency @Schema(example = "EUR") String currency) {

        @JsonIgnore
        @Schema(hidden = true)
        @AssertTrue(message = "has more decimals than the currency has")
        boolean isAmountWithinCurrencyDecimals() {
            if (amount == null || currency == null || !IsoCurrency.Validator.known(currency)) {
                return true; // reported by the field constraints
            }
            int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            return amount.stripTrailingZeros().scale() <= digits;
        }

        Money toMoney() {
            return new Money(amount, currency);
        }

        static Money toMoney(MoneyRequest request) {
            return request == null ? null : request.toMoney();
        }
    }

    record WarningSignalRequest(
            @NotNull @Schema(example = "CHANGE_IN_PEOPLE") WarningSignalType type,
            @NotBlank @Size(max = 2000) @Schema(example = "New CIO since September wants to consolidate suppliers")
            String description) {

        WarningSignal toWarningSignal() {
            return new WarningSignal(type, description);
        }
    }

    record OpenOpportunityRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Acme Logistics") String customer,
            @NotBlank @Size(max = 200) @Schema(example = "Fleet telematics for 400 trucks") String title,
            @Size(max = 200) @Schema(example = "GTX Pro") String product,
            @Size(max = 100) @Schema(description = "Owner's user name; the authenticated user when left out",
                    example = "rita") String owner,
            @NotNull @Valid MoneyRequest estimatedValue,
            @NotNull @Schema(example = "2027-03-31") @BusinessDate LocalDate expectedCloseOn,
            @NotNull @Valid WarningSignalRequest warningSignal,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record CriterionRequest(@NotNull Boolean met,
                            @NotBlank @Size(max = 2000) String note) {

        QualificationCriterion toCriterion() {
            return new QualificationCriterion(met, note);
        }
    }

    record QualifyRequest(@NotNull @Valid CriterionRequest identifiedNeed,
                          @NotNull @Valid CriterionRequest intentToBuyOrReplace,
                          @NotNull @Valid CriterionRequest funds,
                          @NotNull @Valid CriterionRequest timeFrame,
                          @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record BuyingActionRequest(
            @NotBlank @Size(max = 100) @Schema(description = "A buying action type of the sales process",
                    example = "DECISION_MAKER_CONTACTED") String type,
            @NotBlank @Size(max = 2000) @Schema(example = "CFO and head of fleet met us for two hours")
            String description,
            @NotBlank @Size(max = 2000) @Schema(example = "Meeting minutes sent by the customer on 12 Nov")
            String evidence,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record AdvanceStageRequest(
            @NotBlank @Size(max = 100) @Schema(example = "UNDERSTAND_NEED") String toStage,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record MoveBackStageRequest(
            @NotBlank @Size(max = 100) @Schema(example = "IDENTIFY") String toStage,
            @NotBlank @Size(max = 2000) @Schema(example = "The customer re-opened the need after a merger")
            String reason,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record NextStepRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "Workshop with the fleet managers") String description,
            @NotBlank @Size(max = 2000) @Schema(example = "Agree the three key issues to solve") String goal,
            @NotNull @Schema(example = "2026-12-04") @BusinessDate LocalDate dueOn,
            @NotBlank @Size(max = 200) @Schema(example = "Jane Doe, head of fleet") String customerOwner,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record NextStepOutcomeRequest(
            @NotNull @Schema(example = "DONE") NextStepOutcome outcome,
            @NotBlank @Size(max = 2000) @Schema(example = "Three key issues agreed and written down")
            String result,
            @Schema(description = "New due date; required when the outcome is RESCHEDULED") @BusinessDate LocalDate rescheduledTo,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record RevisionRequest(@Valid MoneyRequest estimatedValue,
                           @Schema(example = "2027-04-30") @BusinessDate LocalDate expectedCloseOn,
                           @NotBlank @Size(max = 2000) @Schema(example = "Board meeting moved to April")
                           String reason,
                           @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {

        @JsonIgnore
        @Schema(hidden = true)
        @AssertTrue(message = "a revision must give a new estimatedValue, a new expectedCloseOn, or both")
        boolean isRevisingSomething() {
            return estimatedValue != null || expectedCloseOn != null;
        }
    }

    record WonRequest(@Valid @Schema(description = "The value won; the estimated value when left out")
                      MoneyRequest wonValue,
                      @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record LostRequest(@NotNull @Schema(example = "PRICE") LossReason reason,
                       @Size(max = 2000) @Schema(example = "Competitor offered 20 % less over three years")
                       String explanation,
                       @Size(max = 200) @Schema(example = "Globex") String competitor,
                       @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record WithdrawalRequest(@NotNull @Schema(example = "NO_DECISION") WithdrawalKind kind,
                             @NotBlank @Size(max = 2000) @Schema(example = "Budget frozen until further notice")
                             String reason,
                             @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record ReopeningRequest(@NotBlank @Size(max = 2000) @Schema(example = "Budget released in January")
                            String reason,
                            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    record ReviewAnswersRequest(
            @NotBlank @Size(max = 2000) @Schema(description = "1. What is the sales process stage?",
                    example = "Still understanding the need: the CFO has not confirmed the budget") String stageAssessment,
            @NotBlank @Size(max = 2000) @Schema(description = "2. Status of the previously agreed actions; what "
                    + "happened since the last review?", example = "Workshop held, minutes sent")
            String agreedActionsStatus,
            @NotBlank @Size(max = 2000) @Schema(description = "3. Any issues preventing us from moving ahead?",
                    example = "The CFO has not been met") String blockingIssues,
            @NotBlank @Size(max = 2000) @Schema(description = "4. What could prevent us from winning?",
                    example = "Initech's lower price") String couldPreventWinning,
            @NotBlank @Size(max = 2000) @Schema(description = "5. What are the actions required to win?",
                    example = "Meet the CFO with the ROI case") String requiredToWin) {

        ReviewAnswers toAnswers() {
            return new ReviewAnswers(stageAssessment, agreedActionsStatus, blockingIssues, couldPreventWinning,
                    requiredToWin);
        }
    }

    record ReviewRequest(
            @NotNull @Valid ReviewAnswersRequest answers,
            @NotBlank @Size(max = 4000) @Schema(example = "Single-threaded: only IT is engaged") String findings,
            @Size(max = 20) @Schema(description = "Actions agreed; each joins the closing plan")
            List<ClosingPlanRequests.@NotNull @Valid AgreedActionRequest> actionsAgreed,
            @NotNull @Schema(description = "When the deal is due for its next review; after this one")
            @BusinessDate LocalDate nextReviewOn,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {
    }

    /** Seed 001's win/loss review of a closed deal; the analysis is what makes it a review, the rest as far as known. */
    record WinLossReviewRequest(
            @Size(max = 20) @Schema(description = "Who took part", example = "[\"rita\", \"maria\"]")
            List<@NotBlank @Size(max = 100) String> participants,
            @Size(max = 4000) @Schema(description = "External activities and events that played a part",
                    example = "The customer's CFO changed in March") String externalEvents,
            @Size(max = 4000) @Schema(description = "The tasks done", example = "Two workshops, one pilot")
            String tasks,
            @Size(max = 4000) @Schema(description = "The data and information we had, and what we lacked",
                    example = "Fleet data from day one; no view of the board's criteria") String dataAndInformation,
            @NotBlank @Size(max = 4000) @Schema(description = "Why it went the way it went",
                    example = "We won the CFO on cost per truck; the board followed the CFO") String analysis,
            @Size(max = 4000) @Schema(description = "The decisions taken, ours and theirs",
                    example = "We matched the service level instead of cutting the price") String decisions,
            @Size(max = 4000) @Schema(description = "What the team did", example = "Weekly deal reviews")
            String teamActivities,
            @Size(max = 4000) @Schema(description = "The results", example = "Signed for 400 trucks at 46,500 EUR")
            String results,
            @Size(max = 4000) @Schema(description = "The company's other activities that played a part",
                    example = "The trade fair in February") String otherCompanyActivities,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> strategiesThatWorked,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> strategiesThatFailed,
            @Size(max = 20) @Schema(description = "What to do in the deals to come")
            List<@NotBlank @Size(max = 1000) String> actionPlan,
            @Schema(description = OCCURRED_ON) @BusinessDate LocalDate occurredOn) {

        WinLossRetrospective toRetrospective() {
            return new WinLossRetrospective(externalEvents, tasks, dataAndInformation, analysis, decisions,
                    teamActivities, results, otherCompanyActivities, strategiesThatWorked, strategiesThatFailed,
                    actionPlan);
        }
    }
}
