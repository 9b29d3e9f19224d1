package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A person of the customer's buying centre was identified. */
public record StakeholderIdentified(String opportunityId,
                                    String stakeholderId,
                                    String name,
                                    @Nullable String title,
                                    StakeholderRole role,
                                    @Nullable InfluencerGrade influencerGrade,
                                    @Nullable String businessGoal,
                                    @Nullable String businessChallenge,
                                    @Nullable String personalWin,
                                    String recordedBy,
                                    Instant recordedAt,
                                    LocalDate occurredOn) implements ClosingPlanEvent {
}
