package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.OpportunityCommand;
import io.opportunities.api.salesprocess.SalesProcess;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What we do to win one opportunity: the SMART goal, the assessment, the actions, risks, information gaps and
 * internal decisions. A member of the opportunity aggregate, which checks that the deal is open and the dates
 * plausible before these handlers run; it reads the buying centre to check the people and key points it names.
 */
final class ClosingPlan {

    private enum ActionStatus { OPEN, COMPLETED, CANCELLED }

    private final BuyingCentre buyingCentre;
    private final Map<String, ActionStatus> actions = new LinkedHashMap<>();
    private final Map<String, Boolean> risksMitigated = new HashMap<>();
    private final Map<String, Boolean> informationGapsClosed = new HashMap<>();
    private final Map<String, Boolean> internalDecisionsMade = new HashMap<>();

    ClosingPlan(BuyingCentre buyingCentre) {
        this.buyingCentre = buyingCentre;
    }

    @CommandHandler
    long handle(SetSmartGoal command) {
        requireDueFrom("SMART goal", command.dueOn(), command.occurredOn());
        apply(new SmartGoalSet(command.opportunityId(), command.goal(), command.measure(), command.dueOn(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssessOpportunity command, SalesProcess salesProcess) {
        if (command.answers().isEmpty()) {
            throw OpportunityRejected.noAnswers();
        }
        Set<String> answered = new HashSet<>();
        for (AssessmentAnswer answer : command.answers()) {
            if (salesProcess.assessmentQuestion(answer.question()).isEmpty()) {
                throw OpportunityRejected.unknownAssessmentQuestion(answer.question());
            }
            if (!answered.add(answer.question())) {
                throw OpportunityRejected.questionAnsweredTwice(answer.question());
            }
            BuyingCentre.requireRange("score", answer.score(), 1, 5);
        }
        apply(new OpportunityAssessed(command.opportunityId(), command.answers(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(PlanAction command) {
        apply(planned(new AgreedAction(command.actionId(), command.what(), command.goal(), command.owner(),
                command.dueOn(), command.method(), command.side(), command.influences(), command.stakeholderId(),
                command.keyPointId(), command.strategy()), command));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Checks an action to plan, alone or as agreed in a review, and says how it is planned: due no earlier than the
     * day it is agreed, influencing a person of the buying centre who is still in it, with a strategy only on a key
     * point on record.
     */
    ClosingActionPlanned planned(AgreedAction action, OpportunityCommand command) {
        requireDueFrom("closing-plan action", action.dueOn(), command.occurredOn());
        if (action.influences() == InfluenceTarget.STAKEHOLDER && action.stakeholderId() == null) {
            throw OpportunityRejected.stakeholderToInfluenceMissing();
        }
        if (action.stakeholderId() != null) {
            buyingCentre.requireActiveStakeholder(action.stakeholderId());
        }
        if (action.strategy() != null && action.keyPointId() == null) {
            throw OpportunityRejected.strategyNeedsKeyPoint();
        }
        if (action.keyPointId() != null) {
            buyingCentre.requireKeyPoint(action.keyPointId());
        }
        return new ClosingActionPlanned(command.opportunityId(), action.actionId(), action.what(), action.goal(),
                action.owner(), action.dueOn(), action.method(), action.side(), action.influences(),
                action.stakeholderId(), action.keyPointId(), action.strategy(),
                command.recordedBy(), command.recordedAt(), command.occurredOn());
    }

    @CommandHandler
    long handle(CompleteAction command) {
        requireOpenAction(command.actionId());
        apply(new ClosingActionCompleted(command.opportunityId(), command.actionId(), command.result(),
                command.goalMet(), command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CancelAction command) {
        requireOpenAction(command.actionId());
        apply(new ClosingActionCancelled(command.opportunityId(), command.actionId(), command.reason(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordRisk command) {
        apply(new RiskRecorded(command.opportunityId(), command.riskId(), command.description(), command.category(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MitigateRisk command) {
        Boolean mitigated = risksMitigated.get(command.riskId());
        if (mitigated == null) {
            throw OpportunityRejected.unknownRisk(command.riskId());
        }
        if (mitigated) {
            throw OpportunityRejected.riskMitigated(command.riskId());
        }
        apply(new RiskMitigated(command.opportunityId(), command.riskId(), command.mitigation(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordInformationGap command) {
        apply(new InformationGapRecorded(command.opportunityId(), command.informationGapId(), command.question(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CloseInformationGap command) {
        Boolean closed = informationGapsClosed.get(command.informationGapId());
        if (closed == null) {
            throw OpportunityRejected.unknownInformationGap(command.informationGapId());
        }
        if (closed) {
            throw OpportunityRejected.informationGapClosed(command.informationGapId());
        }
        apply(new InformationGapClosed(command.opportunityId(), command.informationGapId(), command.answer(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RequestInternalDecision command) {
        apply(new InternalDecisionRequested(command.opportunityId(), command.internalDecisionId(), command.question(),
                command.decidedBy(), command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordInternalDecision command) {
        Boolean made = internalDecisionsMade.get(command.internalDecisionId());
        if (made == null) {
            throw OpportunityRejected.unknownInternalDecision(command.internalDecisionId());
        }
        if (made) {
            throw OpportunityRejected.internalDecisionRecorded(command.internalDecisionId());
        }
        apply(new InternalDecisionRecorded(command.opportunityId(), command.internalDecisionId(), command.decision(),
                command.recordedBy(), command.recordedAt(), command.occurredOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The actions neither completed nor cancelled, in the order they were planned. */
    List<String> openActionIds() {
        return actions.entrySet().stream()
                .filter(action -> action.getValue() == ActionStatus.OPEN)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void requireOpenAction(String actionId) {
        ActionStatus status = actions.get(actionId);
        if (status == null) {
            throw OpportunityRejected.unknownAction(actionId);
        }
        if (status == ActionStatus.CANCELLED) {
            throw OpportunityRejected.actionCancelled(actionId);
        }
        if (status == ActionStatus.COMPLETED) {
            throw OpportunityRejected.actionCompleted(actionId);
        }
    }

    private static void requireDueFrom(String what, LocalDate dueOn, LocalDate occurredOn) {
        if (dueOn.isBefore(occurredOn)) {
            throw OpportunityRejected.dueBeforeToday(what, dueOn, occurredOn);
        }
    }

    @EventSourcingHandler
    void on(ClosingActionPlanned event) {
        actions.put(event.actionId(), ActionStatus.OPEN);
    }

    @EventSourcingHandler
    void on(ClosingActionCompleted event) {
        actions.put(event.actionId(), ActionStatus.COMPLETED);
    }

    @EventSourcingHandler
    void on(ClosingActionCancelled event) {
        actions.put(event.actionId(), ActionStatus.CANCELLED);
    }

    @EventSourcingHandler
    void on(RiskRecorded event) {
        risksMitigated.put(event.riskId(), false);
    }

    @EventSourcingHandler
    void on(RiskMitigated event) {
        risksMitigated.put(event.riskId(), true);
    }

    @EventSourcingHandler
    void on(InformationGapRecorded event) {
        informationGapsClosed.put(event.informationGapId(), false);
    }

    @EventSourcingHandler
    void on(InformationGapClosed event) {
        informationGapsClosed.put(event.informationGapId(), true);
    }

    @EventSourcingHandler
    void on(InternalDecisionRequested event) {
        internalDecisionsMade.put(event.internalDecisionId(), false);
    }

    @EventSourcingHandler
    void on(InternalDecisionRecorded event) {
        internalDecisionsMade.put(event.internalDecisionId(), true);
    }
}
