package io.opportunities.query.timeline;

import io.opportunities.api.closingplan.ClosingCertaintyChanged;
import io.opportunities.api.closingplan.ClosingCertaintyOverridden;
import io.opportunities.api.closingplan.ClosingCertaintyOverrideRemoved;
import io.opportunities.api.opportunity.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What one event changed of what the list, the funnel, the forecast and the conversion report read, with the
 * event's business date and recording time. Only the columns the change sets are filled.
 */
public record TimelineEntry(String opportunityId, long version, LocalDate occurredOn, Instant recordedAt,
                            Change change, String stage, String fromStage, OpportunityStatus status, BigDecimal amount,
                            String currency, LocalDate expectedCloseOn, LocalDate previousExpectedCloseOn,
                            Integer certainty, String itemId, String buyingActionType, LocalDate dueOn,
                            String reason) {

    public enum Change {
        OPENED, QUALIFIED, BUYING_ACTION_RECORDED, STAGE_ADVANCED, STAGE_MOVED_BACK, VALUE_REVISED, CLOSE_DATE_MOVED, WON, LOST, WITHDRAWN,
        REOPENED, CERTAINTY_CHANGED, CERTAINTY_OVERRIDDEN, CERTAINTY_OVERRIDE_REMOVED, NEXT_STEP_AGREED,
        NEXT_STEP_RESCHEDULED, NEXT_STEP_SETTLED
    }

    /**
     * The entry an event makes, if it changes anything the timeline keeps.
     *
     * @param baseCertainty the ladder's certainty of a deal with no buying action, which a new deal starts with
     */
    public static Optional<TimelineEntry> of(OpportunityEvent event, long version, int baseCertainty) {
        Builder entry = new Builder(event, version);
        if (event instanceof OpportunityOpened opened) {
            return entry.change(Change.OPENED).stage(opened.stage()).status(OpportunityStatus.OPEN)
                    .money(opened.estimatedValue()).expectedClose(opened.expectedCloseOn(), null)
                    .certainty(baseCertainty).build();
        }
        if (event instanceof OpportunityQualified) {
            return entry.change(Change.QUALIFIED).build();
        }
        if (event instanceof BuyingActionRecorded recorded) {
            return entry.change(Change.BUYING_ACTION_RECORDED).buyingAction(recorded.buyingActionId(), recorded.buyingActionType())
                    .build();
        }
        if (event instanceof StageAdvanced advanced) {
            return entry.change(Change.STAGE_ADVANCED).stage(advanced.toStage()).fromStage(advanced.fromStage()).build();
        }
        if (event instanceof StageMovedBack movedBack) {
            return entry.change(Change.STAGE_MOVED_BACK).stage(movedBack.toStage()).fromStage(movedBack.fromStage())
                    .reason(movedBack.reason()).build();
        }
        if (event instanceof EstimatedValueRevised revised) {
            return entry.change(Change.VALUE_REVISED).money(revised.estimatedValue()).reason(revised.reason()).build();
        }
        if (event instanceof ExpectedCloseDateMoved moved) {
            return entry.change(Change.CLOSE_DATE_MOVED)
                    .expectedClose(moved.expectedCloseOn(), moved.previousExpectedCloseOn()).reason(moved.reason())
                    .build();
        }
        if (event instanceof OpportunityWon won) {
            return entry.change(Change.WON).stage(won.stage()).status(OpportunityStatus.WON).money(won.wonValue())
                    .build();
        }
        if (event instanceof OpportunityLost lost) {
            return entry.change(Change.LOST).stage(lost.stage()).status(OpportunityStatus.LOST)
                    .reason(lost.reason().name()).build();
        }
        if (event instanceof OpportunityWithdrawn withdrawn) {
            return entry.change(Change.WITHDRAWN).stage(withdrawn.stage()).status(OpportunityStatus.WITHDRAWN)
                    .reason(withdrawn.kind().name()).build();
        }
        if (event instanceof OpportunityReopened reopened) {
            return entry.change(Change.REOPENED).stage(reopened.stage()).status(OpportunityStatus.OPEN)
                    .reason(reopened.reason()).build();
        }
        if (event instanceof ClosingCertaintyChanged changed) {
            return entry.change(Change.CERTAINTY_CHANGED).certainty(changed.certainty()).build();
        }
        if (event instanceof ClosingCertaintyOverridden overridden) {
            return entry.change(Change.CERTAINTY_OVERRIDDEN).certainty(overridden.certainty())
                    .reason(overridden.reason()).build();
        }
        if (event instanceof ClosingCertaintyOverrideRemoved removed) {
            return entry.change(Change.CERTAINTY_OVERRIDE_REMOVED).reason(removed.reason()).build();
        }
        if (event instanceof NextStepAgreed agreed) {
            return entry.change(Change.NEXT_STEP_AGREED).nextStep(agreed.nextStepId(), agreed.dueOn()).build();
        }
        if (event instanceof NextStepRescheduled rescheduled) {
            return entry.change(Change.NEXT_STEP_RESCHEDULED).nextStep(rescheduled.nextStepId(), rescheduled.dueOn())
                    .build();
        }
        if (event instanceof NextStepCompleted completed) {
            return entry.change(Change.NEXT_STEP_SETTLED).nextStep(completed.nextStepId(), null).build();
        }
        if (event instanceof NextStepMissed missed) {
            return entry.change(Change.NEXT_STEP_SETTLED).nextStep(missed.nextStepId(), null).build();
        }
        return Optional.empty();
    }

    /** Fills an entry column by column, so that each event names only what it changes. */
    private static final class Builder {
        private final OpportunityEvent event;
        private final long version;
        private Change change;
        private String stage;
        private String fromStage;
        private OpportunityStatus status;
        private BigDecimal amount;
        private String currency;
        private LocalDate expectedCloseOn;
        private LocalDate previousExpectedCloseOn;
        private Integer certainty;
        private String itemId;
        private String buyingActionType;
        private LocalDate dueOn;
        private String reason;

        Builder(OpportunityEvent event, long version) {
            this.event = event;
            this.version = version;
        }

        Builder change(Change value) {
            change = value;
            return this;
        }

        Builder stage(String value) {
            stage = value;
            return this;
        }

        Builder fromStage(String value) {
            fromStage = value;
            return this;
        }

        Builder status(OpportunityStatus value) {
            status = value;
            return this;
        }

        Builder money(Money value) {
            amount = value.amount();
            currency = value.currency();
            return this;
        }

        Builder expectedClose(LocalDate value, LocalDate previous) {
            expectedCloseOn = value;
            previousExpectedCloseOn = previous;
            return this;
        }

        Builder certainty(int value) {
            certainty = value;
            return this;
        }

        Builder nextStep(String id, LocalDate due) {
            itemId = id;
            dueOn = due;
            return this;
        }

        Builder buyingAction(String id, String type) {
            itemId = id;
            buyingActionType = type;
            return this;
        }

        Builder reason(String value) {
            reason = value;
            return this;
        }

        Optional<TimelineEntry> build() {
            return Optional.of(new TimelineEntry(event.opportunityId(), version, event.occurredOn(),
                    event.recordedAt(), change, stage, fromStage, status, amount, currency, expectedCloseOn,
                    previousExpectedCloseOn, certainty, itemId, buyingActionType, dueOn, reason));
        }
    }
}
