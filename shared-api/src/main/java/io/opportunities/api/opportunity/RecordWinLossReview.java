package io.opportunities.api.opportunity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record the team's win/loss review of a closed deal: who took part and what they found. */
public record RecordWinLossReview(@TargetAggregateIdentifier String opportunityId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  String reviewId,
                                  List<String> participants,
                                  WinLossRetrospective retrospective,
                                  String recordedBy,
                                  Instant recordedAt,
                                  LocalDate occurredOn) implements OpportunityChange {

    public RecordWinLossReview {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
