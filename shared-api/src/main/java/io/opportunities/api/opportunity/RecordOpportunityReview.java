package io.opportunities.api.opportunity;

import io.opportunities.api.closingplan.AgreedAction;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager reviewed the opportunity with its owner: the answers to the five review questions, the findings, the
 * actions agreed (they join the closing plan) and the date of the next review.
 */
public record RecordOpportunityReview(@TargetAggregateIdentifier String opportunityId,
                                      @TargetAggregateVersion Long expectedVersion,
                                      String reviewId,
                                      ReviewAnswers answers,
                                      String findings,
                                      List<AgreedAction> actionsAgreed,
                                      LocalDate nextReviewOn,
                                      String recordedBy,
                                      Instant recordedAt,
                                      LocalDate occurredOn) implements OpportunityChange {

    public RecordOpportunityReview {
        actionsAgreed = actionsAgreed == null ? List.of() : List.copyOf(actionsAgreed);
    }
}
