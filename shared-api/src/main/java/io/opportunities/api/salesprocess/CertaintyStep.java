package io.opportunities.api.salesprocess;

import io.opportunities.api.closingplan.StakeholderRole;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One step of the closing-certainty ladder (seed 001).
 *
 * @param certainty    the closing certainty in percent once this step is reached
 * @param milestone    what the customer has verifiably done, in a sales manager's words
 * @param verifiedBy   the buying action types any one of which verifies the milestone; none means the opportunity's
 *                     existence verifies it (the first step, "opportunity identified")
 * @param requiresRole a buying-centre role that must be identified before a buying action may verify this step,
 *                     e.g. the decision maker for "verbal agreement from the decision maker"; may be null
 */
public record CertaintyStep(int certainty, String milestone, List<String> verifiedBy,
                            @Nullable StakeholderRole requiresRole) {

    public CertaintyStep {
        verifiedBy = verifiedBy == null ? List.of() : List.copyOf(verifiedBy);
    }

    public boolean verifiedByExistence() {
        return verifiedBy.isEmpty();
    }
}
