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
 */
public record Stage(String code,
                    String name,
                    BuyerPhase buyerPhase,
                    int probability,
                    List<String> exitCriteria,
                    boolean requiresQualification) {

    public Stage {
        exitCriteria = exitCriteria == null ? List.of() : List.copyOf(exitCriteria);
    }
}
