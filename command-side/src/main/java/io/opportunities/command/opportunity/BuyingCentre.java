package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The people who decide, the competitors and the decision criteria (key points) of one opportunity: a member of the
 * opportunity aggregate, which checks that the deal is open and the dates plausible before these handlers run.
 */
final class BuyingCentre {

    private final Map<String, StakeholderRole> activeStakeholders = new HashMap<>();
    private final Set<String> removedStakeholders = new HashSet<>();
    private final Set<String> erasedStakeholders = new HashSet<>();
    private final Map<String, String> competitorsByName = new HashMap<>();
    private final Set<String> competitorIds = new HashSet<>();
    private final Set<String> keyPointIds = new HashSet<>();

    @CommandHandler
    long handle(IdentifyStakeholder command) {
        if (command.role() == StakeholderRole.INFLUENCER && command.influencerGrade() == null) {
            throw OpportunityRejected.influencerGradeMissing();
        }
        if (command.role() != StakeholderRole.INFLUENCER && command.influencerGrade() != null) {
            throw OpportunityRejected.gradeOnlyForInfluencers(command.role());
        }
        apply(new StakeholderIdentified(command.opportunityId(), command.stakeholderId(), command.name(),
                command.title(), command.role(), command.influencerGrade(), command.businessGoal(),
                command.businessChallenge(), command.personalWin(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssessStakeholder command) {
        requireActiveStakeholder(command.stakeholderId());
        requireRange("influence", command.influence(), 1, 5);
        requireRange("relationship", command.relationship(), -2, 2);
        apply(new StakeholderAssessed(command.opportunityId(), command.stakeholderId(), command.receptivity(),
                command.influence(), command.relationship(), command.note(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveStakeholder command) {
        requireActiveStakeholder(command.stakeholderId());
        apply(new StakeholderRemoved(command.opportunityId(), command.stakeholderId(), command.removal(),
                command.reason(), command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    /** A person's personal data, whether they are still in the buying centre or were removed from it. */
    @CommandHandler
    long handle(EraseStakeholderPersonalData command) {
        String stakeholderId = command.stakeholderId();
        if (!activeStakeholders.containsKey(stakeholderId) && !removedStakeholders.contains(stakeholderId)) {
            throw OpportunityRejected.unknownStakeholder(stakeholderId);
        }
        if (erasedStakeholders.contains(stakeholderId)) {
            throw OpportunityRejected.personalDataErased(stakeholderId);
        }
        apply(new StakeholderPersonalDataErased(command.opportunityId(), stakeholderId, command.recordedBy(),
                command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordCompetitor command) {
        String known = competitorsByName.get(nameKey(command.name()));
        if (known != null) {
            throw OpportunityRejected.competitorAlreadyRecorded(command.name(), known);
        }
        command.allies().forEach(this::requireActiveStakeholder);
        apply(new CompetitorRecorded(command.opportunityId(), command.competitorId(), command.name(),
                command.strengths(), command.weaknesses(), command.allies(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordKeyPoint command) {
        Set<String> holders = new HashSet<>();
        for (KeyPointHolder holder : command.holders()) {
            requireActiveStakeholder(holder.stakeholderId());
            if (!holders.add(holder.stakeholderId())) {
                throw OpportunityRejected.stakeholderNamedTwice(holder.stakeholderId());
            }
            requireRange("influence", holder.influence(), 1, 5);
            if (holder.stance() == Stance.BLOCK && (command.bottomLine() == null || command.bottomLine().isBlank())) {
                throw OpportunityRejected.blockNeedsBottomLine(command.criterion());
            }
        }
        apply(new KeyPointRecorded(command.opportunityId(), command.keyPointId(), command.criterion(),
                command.bottomLine(), command.holders(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RateKeyPoint command) {
        requireKeyPoint(command.keyPointId());
        if (command.ourRating() == null && command.competitorRatings().isEmpty()) {
            throw OpportunityRejected.nothingToRate();
        }
        for (String competitorId : command.competitorRatings().keySet()) {
            if (!competitorIds.contains(competitorId)) {
                throw OpportunityRejected.unknownCompetitor(competitorId);
            }
        }
        apply(new KeyPointRated(command.opportunityId(), command.keyPointId(), command.ourRating(),
                command.competitorRatings(), command.note(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    boolean hasActive(StakeholderRole role) {
        return activeStakeholders.containsValue(role);
    }

    void requireActiveStakeholder(String stakeholderId) {
        if (removedStakeholders.contains(stakeholderId)) {
            throw OpportunityRejected.stakeholderRemoved(stakeholderId);
        }
        if (!activeStakeholders.containsKey(stakeholderId)) {
            throw OpportunityRejected.unknownStakeholder(stakeholderId);
        }
    }

    void requireKeyPoint(String keyPointId) {
        if (!keyPointIds.contains(keyPointId)) {
            throw OpportunityRejected.unknownKeyPoint(keyPointId);
        }
    }

    static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw OpportunityRejected.outOfRange(field, value, min, max);
        }
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @EventSourcingHandler
    void on(StakeholderIdentified event) {
        activeStakeholders.put(event.stakeholderId(), event.role());
        removedStakeholders.remove(event.stakeholderId());
    }

    @EventSourcingHandler
    void on(StakeholderRemoved event) {
        activeStakeholders.remove(event.stakeholderId());
        removedStakeholders.add(event.stakeholderId());
    }

    @EventSourcingHandler
    void on(StakeholderPersonalDataErased event) {
        erasedStakeholders.add(event.stakeholderId());
    }

    @EventSourcingHandler
    void on(CompetitorRecorded event) {
        competitorsByName.put(nameKey(event.name()), event.competitorId());
        competitorIds.add(event.competitorId());
    }

    @EventSourcingHandler
    void on(KeyPointRecorded event) {
        keyPointIds.add(event.keyPointId());
    }
}
