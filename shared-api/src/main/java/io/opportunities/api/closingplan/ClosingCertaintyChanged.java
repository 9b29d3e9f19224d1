package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The closing certainty of the ladder changed: a recorded buying action verified a milestone. reachedMilestone is
 * the highest step's milestone; verifiedBy the buying actions that verified the steps newly reached.
 */
public record ClosingCertaintyChanged(String opportunityId,
                                      int previousCertainty,
                                      int certainty,
                                      String reachedMilestone,
                                      List<String> verifiedBy,
                                      String recordedBy,
                                      Instant recordedAt,
                                      LocalDate occurredOn) implements ClosingPlanEvent {

    public ClosingCertaintyChanged {
        verifiedBy = verifiedBy == null ? List.of() : List.copyOf(verifiedBy);
    }
}
