package io.opportunities.query.winloss;

import io.opportunities.api.opportunity.OpportunityStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A deal that closed, with what the win/loss analysis groups it by.
 *
 * @param value          the won value of a win, else the estimated value at the close: what it brought or stood to
 *                       bring
 * @param furthestStage  the latest stage of the process it ever reached, which may lie after the one it closed in
 * @param competitors    every competitor recorded for it, and the one it was lost to
 * @param estimatedValue the estimated value at the close, in {@code estimatedCurrency}: the deal's size as it was
 *                       known before the outcome, the same for a win and a loss, so the analysis bands every deal by it
 */
public record ClosedDeal(String opportunityId, String owner, String product, String customer, String sector,
                  OpportunityStatus status, String closedInStage, String furthestStage, LocalDate openedOn,
                  LocalDate closedOn, BigDecimal value, String currency, String lossReason, String withdrawalKind,
                  List<String> competitors, BigDecimal estimatedValue, String estimatedCurrency) {

    public long cycleDays() {
        return ChronoUnit.DAYS.between(openedOn, closedOn);
    }

    public boolean won() {
        return status == OpportunityStatus.WON;
    }
}
