package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** A person of the customer's buying centre was identified. */
public record StakeholderIdentified(String opportunityId,
                                    String stakeholderId,
                                    String name,
                                    String title,
                                    StakeholderRole role,
                                    InfluencerGrade influencerGrade,
                                    String businessGoal,
                                    String businessChallenge,
                                    String personalWin,
                                    String recordedBy,
                                    Instant recordedAt,
                                    LocalDate occurredOn) implements ClosingPlanEvent {
}
