package io.opportunities.api.salesprocess;

import java.util.List;

/**
 * One stage of a sales process.
 *
 * @param code                   stable identifier used in events, e.g. {@code QUALIFY}
 * @param name                   what a sales manager calls it
 * @param buyerPhase             the customer's buying phase this stage mirrors
 * @param probability            default closing certainty in percent while a deal is in this stage
 * @param exitCriteria           codes of the buying actions that must be on record to leave this stage forwards
 * @param requiresQualification  whether the deal must be qualified before it may leave this stage forwards
 * @param usualDays              how long a deal usually stays in this stage; one with no stage change and no buying
 *                               action for longer is "not moving" ({@value #DEFAULT_USUAL_DAYS} when not given)
 */
public record Stage(String code,
                    String name,
                    BuyerPhase buyerPhase,
                    int probability,
                    List<String> exitCriteria,
                    boolean requiresQualification,
                    Integer usualDays) {

    public static final int DEFAULT_USUAL_DAYS = 30;

    public Stage {
        exitCriteria = exitCriteria == null ? List.of() : List.copyOf(exitCriteria);
        usualDays = usualDays == null ? DEFAULT_USUAL_DAYS : usualDays;
        if (usualDays < 1) {
            throw new IllegalArgumentException("Stage " + code + ": usual-days must be at least 1");
        }
    }
}
