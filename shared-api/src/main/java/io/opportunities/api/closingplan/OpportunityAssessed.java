package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Assessment questions about the deal were answered. */
public record OpportunityAssessed(String opportunityId,
                                  List<AssessmentAnswer> answers,
                                  String recordedBy,
                                  Instant recordedAt,
                                  LocalDate occurredOn) implements ClosingPlanEvent {

    public OpportunityAssessed {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
