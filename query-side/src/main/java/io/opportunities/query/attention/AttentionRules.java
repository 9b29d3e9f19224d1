package io.opportunities.query.attention;

import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.platform.config.SalesProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides whether, and why, an open deal needs attention on a given day. A plain object, so that each rule is
 * tested with dates worked out by hand; the controller asks the database for the candidates with the same rules.
 */
final class AttentionRules {

    /** What the rules read of an open deal. */
    record Deal(String stage, LocalDate stageEnteredOn, BigDecimal estimatedAmount, String currency,
                LocalDate expectedCloseOn, LocalDate nextStepDueOn, boolean qualified, LocalDate lastBuyingActionOn,
                LocalDate lastReviewedOn, LocalDate nextReviewOn, LocalDate lastSlippedOn, Integer strategicScore) {

        /** The later of the stage's entry and the latest buying action: when the deal last moved. */
        LocalDate lastMovedOn() {
            return lastBuyingActionOn != null && lastBuyingActionOn.isAfter(stageEnteredOn)
                    ? lastBuyingActionOn : stageEnteredOn;
        }
    }

    private final SalesProcess process;
    private final Map<String, BigDecimal> importantValues;
    private final int strategicScore;
    private final int closingWithinDays;

    AttentionRules(SalesProcess process, SalesProperties.Attention attention) {
        this.process = process;
        this.importantValues = attention.importantValues();
        this.strategicScore = attention.strategicScore();
        this.closingWithinDays = attention.closingWithinDays();
    }

    Map<String, BigDecimal> importantValues() {
        return importantValues;
    }

    int strategicScore() {
        return strategicScore;
    }

    /** The last day of the "closing soon" window that starts today. */
    LocalDate closingBy(LocalDate today) {
        return today.plusDays(closingWithinDays);
    }

    /** A deal in {@code stage} that last moved before this day is not moving. */
    LocalDate stalledBefore(String stage, LocalDate today) {
        return today.minusDays(usualDays(stage));
    }

    int usualDays(String stage) {
        return process.stage(stage).map(Stage::usualDays).orElse(Stage.DEFAULT_USUAL_DAYS);
    }

    /** Every reason the deal needs attention today, most weighty first; empty when it needs none. */
    List<AttentionList.Reason> reasons(Deal deal, LocalDate today) {
        List<AttentionList.Reason> reasons = new ArrayList<>();
        if (deal.nextStepDueOn() != null && deal.nextStepDueOn().isBefore(today)) {
            reasons.add(new AttentionList.Reason(AttentionReason.NEXT_STEP_OVERDUE,
                    "The next step agreed with the customer was due on " + deal.nextStepDueOn() + ", "
                            + days(deal.nextStepDueOn(), today) + " day(s) ago."));
        }
        if (!deal.expectedCloseOn().isAfter(closingBy(today))) {
            long days = days(today, deal.expectedCloseOn());
            reasons.add(new AttentionList.Reason(AttentionReason.CLOSING_SOON, days >= 0
                    ? "Expected to close on " + deal.expectedCloseOn() + ", in " + days + " day(s)."
                    : "Expected to close on " + deal.expectedCloseOn() + ", " + (-days) + " day(s) ago, and still open."));
        }
        if (deal.lastSlippedOn() != null
                && (deal.lastReviewedOn() == null || deal.lastSlippedOn().isAfter(deal.lastReviewedOn()))) {
            reasons.add(new AttentionList.Reason(AttentionReason.CLOSE_DATE_SLIPPED,
                    "The expected close date moved later on " + deal.lastSlippedOn()
                            + (deal.lastReviewedOn() == null ? "; never reviewed." : ", after the last review on "
                            + deal.lastReviewedOn() + ".")));
        }
        if (deal.lastMovedOn().isBefore(stalledBefore(deal.stage(), today))) {
            reasons.add(new AttentionList.Reason(AttentionReason.NOT_MOVING,
                    "No stage change and no buying action since " + deal.lastMovedOn() + ", "
                            + days(deal.lastMovedOn(), today) + " day(s); deals usually stay "
                            + usualDays(deal.stage()) + " day(s) in stage " + deal.stage() + "."));
        }
        if (deal.nextReviewOn() != null && !deal.nextReviewOn().isAfter(today)) {
            reasons.add(new AttentionList.Reason(AttentionReason.REVIEW_DUE,
                    "The next review was set for " + deal.nextReviewOn() + "."));
        }
        BigDecimal threshold = importantValues.get(deal.currency());
        boolean large = threshold != null && deal.estimatedAmount().compareTo(threshold) >= 0;
        boolean strategic = deal.strategicScore() != null && deal.strategicScore() >= strategicScore;
        if (large || strategic) {
            List<String> why = new ArrayList<>();
            if (large) {
                why.add("worth " + deal.estimatedAmount().stripTrailingZeros().toPlainString() + " " + deal.currency()
                        + ", at least " + threshold.stripTrailingZeros().toPlainString());
            }
            if (strategic) {
                why.add("strategic value scored " + deal.strategicScore() + " of 5");
            }
            reasons.add(new AttentionList.Reason(AttentionReason.IMPORTANT, "Important: " + String.join("; ", why) + "."));
        }
        if (!deal.qualified()) {
            reasons.add(new AttentionList.Reason(AttentionReason.NEW, "Not yet qualified."));
        }
        return reasons;
    }

    static int urgency(List<AttentionList.Reason> reasons) {
        return reasons.stream().mapToInt(reason -> reason.reason().weight()).sum();
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
