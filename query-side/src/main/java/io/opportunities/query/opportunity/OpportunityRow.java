package io.opportunities.query.opportunity;

import io.opportunities.api.closingplan.ClosingCertaintyChanged;
import io.opportunities.api.closingplan.ClosingCertaintyOverridden;
import io.opportunities.api.closingplan.ClosingCertaintyOverrideRemoved;
import io.opportunities.api.closingplan.OpportunityAssessed;
import io.opportunities.api.opportunity.*;
import io.opportunities.api.salesprocess.CertaintyLadder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One opportunity as the list, the detail and the funnel read it. A plain object that folds events into itself,
 * so the projection's logic is tested without Spring or a database.
 */
@Entity
@Table(name = "opportunity")
class OpportunityRow {

    @Id
    @Column(name = "opportunity_id")
    String opportunityId;
    /** Sequence number of the last event applied: the aggregate version a client may wait for. */
    long version;
    String customer;
    String title;
    String product;
    String owner;
    String stage;
    @Column(name = "stage_entered_on")
    LocalDate stageEnteredOn;
    String status;
    @Column(name = "estimated_amount")
    BigDecimal estimatedAmount;
    String currency;
    @Column(name = "expected_close_on")
    LocalDate expectedCloseOn;
    /** Due date of the current next step, kept on the row so the list needs no join. */
    @Column(name = "next_step_due_on")
    LocalDate nextStepDueOn;
    boolean qualified;
    @Column(name = "warning_signal_type")
    String warningSignalType;
    @Column(name = "warning_signal_description")
    String warningSignalDescription;
    @Column(name = "opened_on")
    LocalDate openedOn;
    @Column(name = "opened_by")
    String openedBy;
    @Column(name = "closed_on")
    LocalDate closedOn;
    @Column(name = "won_amount")
    BigDecimal wonAmount;
    @Column(name = "won_currency")
    String wonCurrency;
    @Column(name = "loss_reason")
    String lossReason;
    String competitor;
    @Column(name = "withdrawal_kind")
    String withdrawalKind;
    @Column(name = "close_explanation")
    String closeExplanation;
    @Column(name = "last_recorded_at")
    Instant lastRecordedAt;
    /** The closing certainty of the ladder, as the last event stated it. */
    int certainty;
    /** A certainty set by hand, visible as such; null while the ladder's applies. */
    @Column(name = "certainty_override")
    Integer certaintyOverride;
    @Column(name = "certainty_override_reason")
    String certaintyOverrideReason;
    /** What every read model shows and weighs with: 100 once won, 0 once lost or withdrawn, else the certainty. */
    int probability;
    /** Business date of the latest buying action; with the stage's entry, when the deal last moved. */
    @Column(name = "last_buying_action_on")
    LocalDate lastBuyingActionOn;
    @Column(name = "last_reviewed_on")
    LocalDate lastReviewedOn;
    @Column(name = "next_review_on")
    LocalDate nextReviewOn;
    /** The latest business date on which the expected close date moved later. */
    @Column(name = "last_slipped_on")
    LocalDate lastSlippedOn;
    /** The latest score of the assessment question that says how strategic the deal is. */
    @Column(name = "strategic_score")
    Integer strategicScore;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "opportunity_buying_action", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<BuyingActionItem> buyingActions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "opportunity_next_step", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<NextStepItem> nextSteps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "opportunity_review", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<ReviewItem> reviews = new ArrayList<>();

    protected OpportunityRow() {
    }

    /** @param baseCertainty the ladder's certainty of a deal with no buying action yet */
    static OpportunityRow opened(OpportunityOpened event, long version, int baseCertainty) {
        OpportunityRow row = new OpportunityRow();
        row.opportunityId = event.opportunityId();
        row.customer = event.customer();
        row.title = event.title();
        row.product = event.product();
        row.owner = event.owner();
        row.stage = event.stage();
        row.stageEnteredOn = event.occurredOn();
        row.status = OpportunityStatus.OPEN.name();
        row.estimatedAmount = event.estimatedValue().amount();
        row.currency = event.estimatedValue().currency();
        row.expectedCloseOn = event.expectedCloseOn();
        row.warningSignalType = event.warningSignal().type().name();
        row.warningSignalDescription = event.warningSignal().description();
        row.openedOn = event.occurredOn();
        row.openedBy = event.recordedBy();
        row.certainty = baseCertainty;
        row.recorded(event, version);
        return row;
    }

    /**
     * Applies an event that follows the opening; events that change nothing here only move the version. An event
     * at or below the row's version was applied before (a redelivered batch) and changes nothing.
     */
    void apply(OpportunityEvent event, long version) {
        if (version <= this.version) {
            return;
        }
        if (event instanceof OpportunityQualified) {
            qualified = true;
        } else if (event instanceof BuyingActionRecorded recorded) {
            buyingActions.add(new BuyingActionItem(recorded.buyingActionId(), recorded.buyingActionType(),
                    recorded.description(), recorded.evidence(), recorded.occurredOn(), recorded.recordedBy()));
            lastBuyingActionOn = latest(lastBuyingActionOn, recorded.occurredOn());
        } else if (event instanceof StageAdvanced advanced) {
            enterStage(advanced.toStage(), advanced.occurredOn());
        } else if (event instanceof StageMovedBack movedBack) {
            enterStage(movedBack.toStage(), movedBack.occurredOn());
        } else if (event instanceof NextStepAgreed agreed) {
            nextSteps.add(new NextStepItem(agreed.nextStepId(), agreed.description(), agreed.goal(),
                    agreed.dueOn(), agreed.customerOwner(), agreed.occurredOn()));
            nextStepsChanged();
        } else if (event instanceof NextStepCompleted completed) {
            settle(completed.nextStepId(), NextStepOutcome.DONE, completed.result(), completed.occurredOn());
        } else if (event instanceof NextStepMissed missed) {
            settle(missed.nextStepId(), NextStepOutcome.MISSED, missed.result(), missed.occurredOn());
        } else if (event instanceof NextStepRescheduled rescheduled) {
            nextStep(rescheduled.nextStepId()).ifPresent(step -> step.dueOn = rescheduled.dueOn());
            nextStepsChanged();
        } else if (event instanceof EstimatedValueRevised revised) {
            estimatedAmount = revised.estimatedValue().amount();
            currency = revised.estimatedValue().currency();
        } else if (event instanceof ExpectedCloseDateMoved moved) {
            expectedCloseOn = moved.expectedCloseOn();
            if (moved.expectedCloseOn().isAfter(moved.previousExpectedCloseOn())) {
                lastSlippedOn = latest(lastSlippedOn, moved.occurredOn());
            }
        } else if (event instanceof OpportunityReviewed reviewed) {
            reviews.add(new ReviewItem(reviewed));
            lastReviewedOn = latest(lastReviewedOn, reviewed.occurredOn());
            nextReviewOn = reviewed.nextReviewOn();
        } else if (event instanceof OpportunityWon won) {
            close(OpportunityStatus.WON, won.occurredOn(), null);
            wonAmount = won.wonValue().amount();
            wonCurrency = won.wonValue().currency();
        } else if (event instanceof OpportunityLost lost) {
            close(OpportunityStatus.LOST, lost.occurredOn(), lost.explanation());
            lossReason = lost.reason().name();
            competitor = lost.competitor();
        } else if (event instanceof OpportunityWithdrawn withdrawn) {
            close(OpportunityStatus.WITHDRAWN, withdrawn.occurredOn(), withdrawn.reason());
            withdrawalKind = withdrawn.kind().name();
        } else if (event instanceof OpportunityReopened) {
            reopen();
        } else if (event instanceof ClosingCertaintyChanged changed) {
            certainty = changed.certainty();
        } else if (event instanceof ClosingCertaintyOverridden overridden) {
            certaintyOverride = overridden.certainty();
            certaintyOverrideReason = overridden.reason();
        } else if (event instanceof ClosingCertaintyOverrideRemoved) {
            certaintyOverride = null;
            certaintyOverrideReason = null;
        }
        recorded(event, version);
    }

    /** Applies an assessment: the score of {@code strategicQuestion}, if answered, says how strategic the deal is. */
    void assessed(OpportunityAssessed event, long version, String strategicQuestion) {
        if (version <= this.version) {
            return;
        }
        event.answers().stream()
                .filter(answer -> answer.question().equals(strategicQuestion))
                .findFirst()
                .ifPresent(answer -> strategicScore = answer.score());
        recorded(event, version);
    }

    /**
     * Sets the closing certainty the ladder gives the buying actions on the row, in place of the one the events
     * stated: for a row folded as of a business date, whose events may state certainties that rest on later facts.
     */
    void certaintyFromLadder(CertaintyLadder ladder) {
        Map<String, List<String>> byType = new HashMap<>();
        buyingActions.forEach(action -> byType.computeIfAbsent(action.type, type -> new ArrayList<>())
                .add(action.buyingActionId));
        certainty = ladder.standing(byType).certainty();
        probabilityChanged();
    }

    /** The pending next step due first: what the customer agreed to do next. */
    Optional<NextStepItem> currentNextStep() {
        return nextSteps.stream()
                .filter(NextStepItem::pending)
                .min(Comparator.comparing((NextStepItem step) -> step.dueOn).thenComparing(step -> step.agreedOn));
    }

    private void recorded(OpportunityEvent event, long version) {
        this.version = version;
        probabilityChanged();
        // the database keeps microseconds: a row replayed in memory says the same as a stored one
        this.lastRecordedAt = event.recordedAt().truncatedTo(ChronoUnit.MICROS);
    }

    /** Keeps the stored probability in step with the status, the ladder's certainty and the override. */
    private void probabilityChanged() {
        probability = OpportunityStatus.valueOf(status)
                .probability(certaintyOverride != null ? certaintyOverride : certainty);
    }

    private static LocalDate latest(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    private void enterStage(String newStage, LocalDate on) {
        stage = newStage;
        stageEnteredOn = on;
    }

    private void settle(String nextStepId, NextStepOutcome outcome, String result, LocalDate on) {
        nextStep(nextStepId).ifPresent(step -> {
            step.status = outcome.name();
            step.result = result;
            step.settledOn = on;
        });
        nextStepsChanged();
    }

    /** Keeps the list's column of the current next step's due date in step with the next steps themselves. */
    private void nextStepsChanged() {
        nextStepDueOn = currentNextStep().map(step -> step.dueOn).orElse(null);
    }

    /**
     * The next step of that id. The opportunity accepts an outcome only for a step it agreed, so the live fold always
     * finds it; a fold as of a business date may have left out an agreement dated after its outcome, and then the
     * outcome changes nothing.
     */
    private Optional<NextStepItem> nextStep(String nextStepId) {
        return nextSteps.stream()
                .filter(step -> step.nextStepId.equals(nextStepId))
                .findFirst();
    }

    private void close(OpportunityStatus outcome, LocalDate on, String explanation) {
        status = outcome.name();
        closedOn = on;
        closeExplanation = explanation;
    }

    private void reopen() {
        status = OpportunityStatus.OPEN.name();
        closedOn = null;
        closeExplanation = null;
        wonAmount = null;
        wonCurrency = null;
        lossReason = null;
        competitor = null;
        withdrawalKind = null;
    }
}
