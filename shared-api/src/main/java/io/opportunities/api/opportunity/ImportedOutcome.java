package io.opportunities.api.opportunity;

import java.time.LocalDate;

/**
 * How an imported deal closed, as its source recorded it: won for {@code wonValue}, lost (with the reason, if the
 * source names one) or withdrawn, on {@code closedOn}.
 */
public record ImportedOutcome(OpportunityStatus status, LocalDate closedOn, Money wonValue, LossReason lossReason,
                              WithdrawalKind withdrawalKind, String explanation) {

    public static ImportedOutcome won(LocalDate closedOn, Money wonValue) {
        return new ImportedOutcome(OpportunityStatus.WON, closedOn, wonValue, null, null, null);
    }

    public static ImportedOutcome lost(LocalDate closedOn, LossReason reason, String explanation) {
        return new ImportedOutcome(OpportunityStatus.LOST, closedOn, null, reason, null, explanation);
    }
}
