package io.opportunities.query.history;

import io.opportunities.api.opportunity.*;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Says in one sentence of the business's words what an event means, for the audited timeline. */
final class HistoryDescriptions {

    private final SalesProcess process;
    private final ClosingPlanDescriptions closingPlan;

    HistoryDescriptions(SalesProcess process) {
        this.process = process;
        this.closingPlan = new ClosingPlanDescriptions(process);
    }

    /** @param names the name the timeline shows for an id of a person, competitor, key point or action of the deal */
    String describe(OpportunityEvent event, Function<String, String> names) {
        if (event instanceof ClosingPlanEvent planEvent) {
            return closingPlan.describe(planEvent, names);
        }
        if (event instanceof OpportunityOpened opened) {
            return "Opened for " + opened.customer() + ": " + opened.title() + ", worth " + money(opened.estimatedValue())
                    + ", expected to close on " + opened.expectedCloseOn() + ", owned by " + opened.owner()
                    + ", in stage " + stage(opened.stage()) + ". Warning signal: " + words(opened.warningSignal().type())
                    + " (" + opened.warningSignal().description() + ")." + imported(opened.importedFrom());
        }
        if (event instanceof OpportunityQualified qualified) {
            return "Qualified. Need: " + qualified.identifiedNeed().note()
                    + ". Intent to buy or replace: " + qualified.intentToBuyOrReplace().note()
                    + ". Funds: " + qualified.funds().note() + ". Time frame: " + qualified.timeFrame().note() + ".";
        }
        if (event instanceof BuyingActionRecorded recorded) {
            String type = process.buyingActionType(recorded.buyingActionType())
                    .map(known -> known.name()).orElse(recorded.buyingActionType());
            return "Buying action: " + type + ". " + recorded.description() + " Evidence: " + recorded.evidence();
        }
        if (event instanceof StageAdvanced advanced) {
            return "Advanced from " + stage(advanced.fromStage()) + " to " + stage(advanced.toStage())
                    + (advanced.evidence().isEmpty() ? "." : ", exit criteria met by "
                    + advanced.evidence().size() + " recorded buying action(s).");
        }
        if (event instanceof StageMovedBack movedBack) {
            return "Moved back from " + stage(movedBack.fromStage()) + " to " + stage(movedBack.toStage())
                    + ": " + movedBack.reason();
        }
        if (event instanceof NextStepAgreed agreed) {
            return "Next step agreed with " + agreed.customerOwner() + ": " + agreed.description() + ", due "
                    + agreed.dueOn() + ". Goal: " + agreed.goal();
        }
        if (event instanceof NextStepCompleted completed) {
            return "Next step done: " + completed.result();
        }
        if (event instanceof NextStepMissed missed) {
            return "Next step missed: " + missed.result();
        }
        if (event instanceof NextStepRescheduled rescheduled) {
            return "Next step rescheduled from " + rescheduled.previousDueOn() + " to " + rescheduled.dueOn()
                    + ": " + rescheduled.result();
        }
        if (event instanceof EstimatedValueRevised revised) {
            return "Estimated value revised from " + money(revised.previousValue()) + " to "
                    + money(revised.estimatedValue()) + ": " + revised.reason();
        }
        if (event instanceof ExpectedCloseDateMoved moved) {
            long days = ChronoUnit.DAYS.between(moved.previousExpectedCloseOn(), moved.expectedCloseOn());
            String kind = days > 0 ? "slipped " + days + " day(s)" : "brought forward " + (-days) + " day(s)";
            return "Expected close date " + kind + ", from " + moved.previousExpectedCloseOn() + " to "
                    + moved.expectedCloseOn() + ": " + moved.reason();
        }
        if (event instanceof OpportunityReviewed reviewed) {
            ReviewAnswers answers = reviewed.answers();
            return "Reviewed by " + reviewed.recordedBy() + " in stage " + stage(reviewed.stage())
                    + ". Stage: " + answers.stageAssessment() + ". Agreed actions: " + answers.agreedActionsStatus()
                    + ". Blocking: " + answers.blockingIssues() + ". Could prevent winning: "
                    + answers.couldPreventWinning() + ". Required to win: " + answers.requiredToWin()
                    + ". Findings: " + reviewed.findings() + ". " + reviewed.agreedActionIds().size()
                    + " action(s) agreed. Next review on " + reviewed.nextReviewOn() + ".";
        }
        if (event instanceof OpportunityWon won) {
            return "Won for " + money(won.wonValue()) + " in stage " + stage(won.stage()) + "."
                    + (won.openActionIds().isEmpty() ? "" : " Closing-plan actions still open: "
                    + String.join("; ", won.openActionIds().stream().map(names).toList()) + ".");
        }
        if (event instanceof OpportunityLost lost) {
            return "Lost in stage " + stage(lost.stage()) + ", reason: " + words(lost.reason())
                    + (lost.competitor() == null ? "" : ", to " + lost.competitor())
                    + (lost.explanation() == null ? "." : ". " + lost.explanation());
        }
        if (event instanceof OpportunityWithdrawn withdrawn) {
            return "Withdrawn (" + words(withdrawn.kind()) + ") in stage " + stage(withdrawn.stage()) + ": "
                    + withdrawn.reason();
        }
        if (event instanceof OpportunityReopened reopened) {
            return "Reopened in stage " + stage(reopened.stage()) + ": " + reopened.reason();
        }
        if (event instanceof WinLossReviewRecorded reviewed) {
            WinLossRetrospective retrospective = reviewed.retrospective();
            return "Win/loss review of the " + words(reviewed.outcome()) + " deal"
                    + (reviewed.participants().isEmpty() ? "" : ", with " + String.join(", ", reviewed.participants()))
                    + ". Analysis: " + retrospective.analysis()
                    + listed(". Worked: ", retrospective.strategiesThatWorked())
                    + listed(". Failed: ", retrospective.strategiesThatFailed())
                    + listed(". Action plan: ", retrospective.actionPlan()) + ".";
        }
        return event.getClass().getSimpleName();
    }

    private static String imported(ImportOrigin origin) {
        return origin == null ? "" : " Imported from " + origin.source() + " (deal " + origin.externalId()
                + ", line " + origin.line() + ") with its original dates.";
    }

    private static String listed(String heading, List<String> items) {
        return items.isEmpty() ? "" : heading + String.join("; ", items);
    }

    private String stage(String code) {
        return process.stage(code).map(Stage::name).orElse(code);
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
