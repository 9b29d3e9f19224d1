package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record OpportunityQualified(String opportunityId,
                             QualificationCriterion identifiedNeed,
                             QualificationCriterion intentToBuyOrReplace,
                             QualificationCriterion funds,
                             QualificationCriterion timeFrame,
                             String recordedBy,
                             Instant recordedAt,
                             LocalDate occurredOn) implements OpportunityEvent {
}
