package io.opportunities.command.opportunity;

import io.opportunities.api.CommandRejection;
import io.opportunities.api.CommandRejection.Kind;
import io.opportunities.api.opportunity.OpportunityStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A command the opportunity refuses, named after the rule it would break. */
class OpportunityRejected extends RuntimeException {

    private final transient CommandRejection rejection;

    private OpportunityRejected(Kind kind, String rule, String message, Map<String, Object> facts) {
        super(message);
        this.rejection = new CommandRejection(rule, kind, facts);
    }

    CommandRejection rejection() {
        return rejection;
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
}
