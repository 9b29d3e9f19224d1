package io.opportunities.query.attention;

import io.opportunities.api.opportunity.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The opportunities that need a manager's attention on {@code today}, most urgent first, each with every reason it
 * is listed. {@code total} counts them all; {@code items} is the requested page.
 */
record AttentionList(LocalDate today, long total, int page, int size, List<Item> items) {

    /** One reason, said in words with the facts behind it. */
    record Reason(AttentionReason reason, String detail) {
    }

    /** @param urgency the sum of the reasons' weights; ties go to the deal closing first, then the larger one */
    record Item(String opportunityId, String customer, String title, String owner, String team, String stage,
                Money estimatedValue, LocalDate expectedCloseOn, int probability, int urgency, List<Reason> reasons) {
    }
}
