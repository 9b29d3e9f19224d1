package io.opportunities.api.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The team reviewed the closed deal: {@code outcome} is how it had closed (won, lost or withdrawn) when they did,
 * {@code participants} who took part, {@code retrospective} what they found.
 */
public record WinLossReviewRecorded(String opportunityId,
                                    String reviewId,
                                    OpportunityStatus outcome,
                                    List<String> participants,
                                    WinLossRetrospective retrospective,
                                    String recordedBy,
                                    Instant recordedAt,
                                    LocalDate occurredOn) implements OpportunityEvent {

    public WinLossReviewRecorded {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
