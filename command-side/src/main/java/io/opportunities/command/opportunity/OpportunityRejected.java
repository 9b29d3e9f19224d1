package io.opportunities.command.opportunity;

import io.opportunities.api.CommandRejection;
import io.opportunities.api.CommandRejection.Kind;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.opportunity.OpportunityStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A command the opportunity refuses, named after the rule it would break.
 * <p>
 * Why one file of about 390 lines: it is the catalogue of the rules a client meets as {@code rule} in a 409 or 403,
 * one factory a rule, so that their names and messages read as one list. It will follow the aggregate's members
 * (stage moves, next steps, closing plan) when the aggregate is split into them.
 */
class OpportunityRejected extends RuntimeException {

    private final transient CommandRejection rejection;

    private OpportunityRejected(Kind kind, String rule, String message, Map<String, Object> facts) {
        super(message);
        this.rejection = new CommandRejection(rule, kind, facts);
    }

    CommandRejection rejection() {
        return rejection;
    }

    // who may do what

    /** Answered exactly as an opportunity that does not exist. */
    static OpportunityRejected unknownOpportunity(String opportunityId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-opportunity",
                "There is no opportunity " + opportunityId + ".", Map.of());
    }

    static OpportunityRejected notTheOwner(String opportunityId) {
        return new OpportunityRejected(Kind.FORBIDDEN, "not-the-owner",
                "Only the owner of opportunity " + opportunityId + " records facts on it.", Map.of());
    }

    static OpportunityRejected notTheManager(String opportunityId) {
        return new OpportunityRejected(Kind.FORBIDDEN, "not-the-manager",
                "Only the manager of the owner's team reviews opportunity " + opportunityId + ".", Map.of());
    }

    static OpportunityRejected notTheOwnerOrManager(String opportunityId) {
        return new OpportunityRejected(Kind.FORBIDDEN, "not-the-owner-or-manager",
                "Only the owner of opportunity " + opportunityId + " or the manager of their team records its "
                        + "win/loss review.", Map.of());
    }

    static OpportunityRejected mayNotOpenFor(String owner) {
        return new OpportunityRejected(Kind.FORBIDDEN, "may-not-open-for-owner",
                "A deal is opened for oneself, or by a manager for a member of their team; not for " + owner + ".",
                Map.of("owner", owner));
    }

    static OpportunityRejected importsByAdministrators() {
        return new OpportunityRejected(Kind.FORBIDDEN, "imports-by-administrators",
                "Only administrators import deal history.", Map.of());
    }

    static OpportunityRejected notOpen(String opportunityId, OpportunityStatus status) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "opportunity-closed",
                "Opportunity " + opportunityId + " is " + status.name().toLowerCase() + "; reopen it first.",
                Map.of("status", status));
    }

    static OpportunityRejected notClosed(String opportunityId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "opportunity-not-closed",
                "Opportunity " + opportunityId + " is open; only a closed opportunity can be reopened.", Map.of());
    }

    static OpportunityRejected occurredInFuture(LocalDate occurredOn) {
        return new OpportunityRejected(Kind.INVALID, "occurred-in-future",
                "A fact cannot have happened on " + occurredOn + ", a date still to come.",
                Map.of("occurredOn", occurredOn));
    }

    static OpportunityRejected occurredBeforeLastChange(LocalDate occurredOn, LocalDate lastChangeOn) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "occurred-before-last-change",
                "The deal's stage or status last changed on " + lastChangeOn
                        + "; a later change cannot have happened before, on " + occurredOn + ".",
                Map.of("occurredOn", occurredOn, "lastChangeOn", lastChangeOn));
    }

    static OpportunityRejected expectedCloseBeforeOpening(LocalDate expectedCloseOn, LocalDate openedOn) {
        return new OpportunityRejected(Kind.INVALID, "expected-close-before-opening",
                "The expected close date " + expectedCloseOn + " lies before the opening date " + openedOn + ".",
                Map.of("expectedCloseOn", expectedCloseOn, "openedOn", openedOn));
    }

    static OpportunityRejected qualificationCriteriaNotMet(List<String> unmet) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "qualification-criteria-not-met",
                "An opportunity is qualified only when every criterion is met; not met: "
                        + String.join(", ", unmet) + ". Withdraw it as disqualified if it will not be.",
                Map.of("unmet", unmet));
    }

    static OpportunityRejected unknownBuyingActionType(String type) {
        return new OpportunityRejected(Kind.INVALID, "unknown-buying-action-type",
                "The sales process has no buying action type " + type + "; see GET /api/sales-process.",
                Map.of("buyingActionType", type));
    }

    static OpportunityRejected unknownStage(String stage) {
        return new OpportunityRejected(Kind.INVALID, "unknown-stage",
                "The sales process has no stage " + stage + "; see GET /api/sales-process.",
                Map.of("stage", stage));
    }

    static OpportunityRejected notForward(String currentStage, String toStage) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "not-a-forward-move",
                "The deal is in stage " + currentStage + "; " + toStage + " is not after it. Use move-back to go back.",
                Map.of("currentStage", currentStage, "toStage", toStage));
    }

    static OpportunityRejected notBackward(String currentStage, String toStage) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "not-a-backward-move",
                "The deal is in stage " + currentStage + "; " + toStage + " is not before it.",
                Map.of("currentStage", currentStage, "toStage", toStage));
    }

    static OpportunityRejected qualificationRequired(String stage) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "qualification-required",
                "The deal must be qualified before it leaves stage " + stage + ".", Map.of("stage", stage));
    }

    static OpportunityRejected exitCriteriaMissing(String toStage, List<String> missing) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "exit-criteria-missing",
                "To reach " + toStage + " the customer must first have verifiably done: " + String.join(", ", missing)
                        + ". Record these buying actions, then advance.",
                Map.of("toStage", toStage, "missingBuyingActions", missing));
    }

    static OpportunityRejected nextStepDueBeforeAgreed(LocalDate dueOn, LocalDate agreedOn) {
        return new OpportunityRejected(Kind.INVALID, "next-step-due-before-agreed",
                "A next step agreed on " + agreedOn + " cannot be due on " + dueOn + ".",
                Map.of("dueOn", dueOn, "agreedOn", agreedOn));
    }

    static OpportunityRejected unknownNextStep(String nextStepId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-next-step",
                "The opportunity has no next step " + nextStepId + ".", Map.of("nextStepId", nextStepId));
    }

    static OpportunityRejected nextStepSettled(String nextStepId, String outcome) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "next-step-already-settled",
                "Next step " + nextStepId + " already has its outcome: " + outcome + ".",
                Map.of("nextStepId", nextStepId, "outcome", outcome));
    }

    static OpportunityRejected rescheduleNeedsDate() {
        return new OpportunityRejected(Kind.INVALID, "reschedule-needs-date",
                "A rescheduled next step needs its new due date (rescheduledTo), on or after the day it was rescheduled.",
                Map.of());
    }

    static OpportunityRejected nothingToRevise() {
        return new OpportunityRejected(Kind.RULE_BROKEN, "nothing-to-revise",
                "The revision changes neither the estimated value nor the expected close date.", Map.of());
    }

    static OpportunityRejected lossReasonRequired() {
        return new OpportunityRejected(Kind.INVALID, "loss-reason-required",
                "A loss recorded here names its reason; NOT_RECORDED is kept for deals imported without one.",
                Map.of());
    }

    // the win/loss review

    static OpportunityRejected reviewOfOpenDeal(String opportunityId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "opportunity-not-closed",
                "Opportunity " + opportunityId + " is open; a win/loss review looks back on a closed deal.", Map.of());
    }

    static OpportunityRejected reviewBeforeClose(LocalDate reviewedOn, LocalDate closedOn) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "review-before-close",
                "The deal closed on " + closedOn + "; its win/loss review cannot have taken place before, on "
                        + reviewedOn + ".", Map.of("reviewedOn", reviewedOn, "closedOn", closedOn));
    }

    // an imported history

    static OpportunityRejected notImported(String opportunityId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "not-an-imported-deal",
                "Opportunity " + opportunityId + " was opened here, not imported; an import cannot change it.",
                Map.of());
    }

    static OpportunityRejected changedInSource(String source, String externalId, int line) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "changed-in-source",
                "Deal " + externalId + " of " + source + " was imported before and its row (line " + line
                        + ") has changed since; an import adds deals, it does not rewrite a history already kept.",
                Map.of("source", source, "externalId", externalId, "line", line));
    }

    static OpportunityRejected importedStagesOutOfOrder(String stage, LocalDate enteredOn) {
        return new OpportunityRejected(Kind.INVALID, "imported-stages-out-of-order",
                "An imported deal moves forwards through the stages, each entered on or after the one before; "
                        + stage + " on " + enteredOn + " does not.", Map.of("stage", stage, "enteredOn", enteredOn));
    }

    static OpportunityRejected importedOutcomeIncomplete(String why) {
        return new OpportunityRejected(Kind.INVALID, "imported-outcome-incomplete",
                "The imported outcome is incomplete: " + why + ".", Map.of());
    }

    // the buying centre

    static OpportunityRejected influencerGradeMissing() {
        return new OpportunityRejected(Kind.INVALID, "influencer-grade-missing",
                "An influencer is graded A (strong) or B (weaker); give influencerGrade.", Map.of());
    }

    static OpportunityRejected gradeOnlyForInfluencers(StakeholderRole role) {
        return new OpportunityRejected(Kind.INVALID, "grade-only-for-influencers",
                "Only influencers are graded A or B; this person is " + words(role) + ".", Map.of("role", role));
    }

    static OpportunityRejected outOfRange(String field, int value, int min, int max) {
        return new OpportunityRejected(Kind.INVALID, "value-out-of-range",
                field + " must lie between " + min + " and " + max + "; it is " + value + ".",
                Map.of("field", field, "value", value, "min", min, "max", max));
    }

    static OpportunityRejected unknownStakeholder(String stakeholderId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-stakeholder",
                "The buying centre has no person " + stakeholderId + ".", Map.of("stakeholderId", stakeholderId));
    }

    static OpportunityRejected stakeholderRemoved(String stakeholderId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "stakeholder-removed",
                "Person " + stakeholderId + " was removed from the buying centre; identify them again if they are back.",
                Map.of("stakeholderId", stakeholderId));
    }

    static OpportunityRejected personalDataErased(String stakeholderId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "personal-data-already-erased",
                "The personal data of person " + stakeholderId + " is erased already.",
                Map.of("stakeholderId", stakeholderId));
    }

    static OpportunityRejected notTheOwnerOrAdministrator(String opportunityId) {
        return new OpportunityRejected(Kind.FORBIDDEN, "not-the-owner-or-administrator",
                "Only the owner of opportunity " + opportunityId + " or an administrator erases personal data in it.",
                Map.of());
    }

    static OpportunityRejected competitorAlreadyRecorded(String name, String competitorId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "competitor-already-recorded",
                "Competitor " + name + " is already recorded for this deal.",
                Map.of("name", name, "competitorId", competitorId));
    }

    static OpportunityRejected unknownCompetitor(String competitorId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-competitor",
                "The deal has no competitor " + competitorId + ".", Map.of("competitorId", competitorId));
    }

    static OpportunityRejected blockNeedsBottomLine(String criterion) {
        return new OpportunityRejected(Kind.INVALID, "block-needs-bottom-line",
                "A block excludes a supplier below a bottom line; key point " + criterion + " has none.",
                Map.of("criterion", criterion));
    }

    static OpportunityRejected stakeholderNamedTwice(String stakeholderId) {
        return new OpportunityRejected(Kind.INVALID, "stakeholder-named-twice",
                "Person " + stakeholderId + " holds the key point once, as push or as block.",
                Map.of("stakeholderId", stakeholderId));
    }

    static OpportunityRejected unknownKeyPoint(String keyPointId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-key-point",
                "The deal has no key point " + keyPointId + ".", Map.of("keyPointId", keyPointId));
    }

    static OpportunityRejected nothingToRate() {
        return new OpportunityRejected(Kind.INVALID, "nothing-to-rate",
                "Rate us (ourRating) or at least one competitor (competitorRatings).", Map.of());
    }

    // the assessment

    static OpportunityRejected noAnswers() {
        return new OpportunityRejected(Kind.INVALID, "no-answers", "An assessment answers at least one question.",
                Map.of());
    }

    static OpportunityRejected unknownAssessmentQuestion(String question) {
        return new OpportunityRejected(Kind.INVALID, "unknown-assessment-question",
                "The sales process has no assessment question " + question + "; see GET /api/sales-process.",
                Map.of("question", question));
    }

    static OpportunityRejected questionAnsweredTwice(String question) {
        return new OpportunityRejected(Kind.INVALID, "question-answered-twice",
                "Question " + question + " is answered twice in one assessment.", Map.of("question", question));
    }

    // the closing plan

    static OpportunityRejected dueBeforeToday(String what, LocalDate dueOn, LocalDate occurredOn) {
        return new OpportunityRejected(Kind.INVALID, "due-before-planned",
                "A " + what + " set on " + occurredOn + " cannot be due on " + dueOn + ".",
                Map.of("dueOn", dueOn, "occurredOn", occurredOn));
    }

    static OpportunityRejected nextReviewNotAfterReview(LocalDate nextReviewOn, LocalDate reviewedOn) {
        return new OpportunityRejected(Kind.INVALID, "next-review-not-after-review",
                "The next review on " + nextReviewOn + " must come after this review, on " + reviewedOn + ".",
                Map.of("nextReviewOn", nextReviewOn, "reviewedOn", reviewedOn));
    }

    static OpportunityRejected stakeholderToInfluenceMissing() {
        return new OpportunityRejected(Kind.INVALID, "stakeholder-to-influence-missing",
                "An action that influences a person names that person (stakeholderId).", Map.of());
    }

    static OpportunityRejected strategyNeedsKeyPoint() {
        return new OpportunityRejected(Kind.INVALID, "strategy-needs-key-point",
                "A strategy (reinforce, neutralise, raise or lower a bottom line) works on a key point; give keyPointId.",
                Map.of());
    }

    static OpportunityRejected unknownAction(String actionId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-action",
                "The closing plan has no action " + actionId + ".", Map.of("actionId", actionId));
    }

    static OpportunityRejected actionCancelled(String actionId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "action-cancelled",
                "Action " + actionId + " was cancelled; plan a new one instead.", Map.of("actionId", actionId));
    }

    static OpportunityRejected actionCompleted(String actionId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "action-already-completed",
                "Action " + actionId + " is already completed.", Map.of("actionId", actionId));
    }

    static OpportunityRejected unknownRisk(String riskId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-risk",
                "The closing plan has no risk " + riskId + ".", Map.of("riskId", riskId));
    }

    static OpportunityRejected riskMitigated(String riskId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "risk-already-mitigated",
                "Risk " + riskId + " is already mitigated.", Map.of("riskId", riskId));
    }

    static OpportunityRejected unknownInformationGap(String informationGapId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-information-gap",
                "The closing plan has no information gap " + informationGapId + ".",
                Map.of("informationGapId", informationGapId));
    }

    static OpportunityRejected informationGapClosed(String informationGapId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "information-gap-already-closed",
                "Information gap " + informationGapId + " is already closed.",
                Map.of("informationGapId", informationGapId));
    }

    static OpportunityRejected unknownInternalDecision(String internalDecisionId) {
        return new OpportunityRejected(Kind.NOT_FOUND, "unknown-internal-decision",
                "The closing plan has no internal decision " + internalDecisionId + ".",
                Map.of("internalDecisionId", internalDecisionId));
    }

    static OpportunityRejected internalDecisionRecorded(String internalDecisionId) {
        return new OpportunityRejected(Kind.RULE_BROKEN, "internal-decision-already-recorded",
                "Internal decision " + internalDecisionId + " is already made.",
                Map.of("internalDecisionId", internalDecisionId));
    }

    // the closing certainty

    static OpportunityRejected roleNotIdentified(StakeholderRole role, int certainty, String buyingActionType) {
        return new OpportunityRejected(Kind.RULE_BROKEN, words(role).replace(' ', '-') + "-not-identified",
                "The " + certainty + " % step (" + buyingActionType + ") needs an identified " + words(role)
                        + " in the buying centre; identify the person first.",
                Map.of("requiredRole", role, "certainty", certainty, "buyingActionType", buyingActionType));
    }

    static OpportunityRejected noCertaintyOverride() {
        return new OpportunityRejected(Kind.RULE_BROKEN, "no-certainty-override",
                "The closing certainty is not overridden; it already comes from the ladder.", Map.of());
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
