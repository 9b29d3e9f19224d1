package io.opportunities.api.closingplan;

import io.opportunities.api.opportunity.ClosingPlanChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** Add a person to the buying centre: who they are, their role, what they want to achieve, and their personal win. */
public record IdentifyStakeholder(@TargetAggregateIdentifier String opportunityId,
                                  @TargetAggregateVersion Long expectedVersion,
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
                                  LocalDate occurredOn) implements ClosingPlanChange {
}
