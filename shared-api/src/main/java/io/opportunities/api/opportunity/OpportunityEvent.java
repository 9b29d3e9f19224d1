package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A fact in the life of an opportunity. Every event says who recorded it ({@code recordedBy}), when the system took
 * it ({@code recordedAt}) and the business date on which it happened ({@code occurredOn}); the two times differ when
 * a fact is recorded late or imported.
 */
public sealed interface OpportunityEvent
        permits OpportunityOpened, OpportunityQualified, BuyingActionRecorded, StageAdvanced, StageMovedBack,
                NextStepAgreed, NextStepCompleted, NextStepMissed, NextStepRescheduled, EstimatedValueRevised,
                ExpectedCloseDateMoved, OpportunityReviewed, OpportunityWon, OpportunityLost, OpportunityWithdrawn,
                OpportunityReopened, WinLossReviewRecorded,
                ClosingPlanEvent {

    String opportunityId();

    String recordedBy();

    Instant recordedAt();

    LocalDate occurredOn();
}
