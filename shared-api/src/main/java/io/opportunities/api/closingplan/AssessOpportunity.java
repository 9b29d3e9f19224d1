package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Answer assessment questions of the sales process; a later answer to a question replaces the earlier one. */
public record AssessOpportunity(@TargetAggregateIdentifier String opportunityId,
                                @TargetAggregateVersion Long expectedVersion,
                                List<AssessmentAnswer> answers,
                                String recordedBy,
                                Instant recordedAt,
                                LocalDate occurredOn) implements ClosingPlanChange {

    public AssessOpportunity {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
