package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager reviewed the opportunity. {@code stage} is the stage on record at the review; {@code agreedActionIds}
 * name the closing-plan actions agreed in it, each planned by a {@code ClosingActionPlanned} that follows this
 * event; {@code nextReviewOn} is when the deal is due for its next review.
 */
public record OpportunityReviewed(String opportunityId,
                                  String reviewId,
                                  String stage,
                                  ReviewAnswers answers,
                                  String findings,
                                  List<String> agreedActionIds,
                                  LocalDate nextReviewOn,
                                  String recordedBy,
                                  Instant recordedAt,
                                  LocalDate occurredOn) implements OpportunityEvent {

    public OpportunityReviewed {
        agreedActionIds = agreedActionIds == null ? List.of() : List.copyOf(agreedActionIds);
    }
}
