package io.opportunities.api.opportunity;

/**
 * A command on an existing opportunity. {@code expectedVersion} (nullable) is the version the client last saw;
 * a different current version rejects the command.
 */
public sealed interface OpportunityChange extends OpportunityCommand
        permits QualifyOpportunity, RecordBuyingAction, AdvanceStage, MoveBackStage, AgreeNextStep,
                RecordNextStepOutcome, ReviseOpportunity, RecordOpportunityReview, RecordWinLossReview, CloseAsWon,
                CloseAsLost,
                Withdraw, Reopen, ClosingPlanChange {

    Long expectedVersion();
}
