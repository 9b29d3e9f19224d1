package io.opportunities.query.closingplan;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the planning sheet of one opportunity shows, folded from its events into one JSON document. It is a
 * plain object with public fields so that it is stored and loaded as it is, and tested without Spring or a database.
 * The win/loss review folds a deal's events up to its close into one, to see the closing plan as it stood then.
 * <p>
 * Why one file of about 450 lines: the stored document's schema and the one fold of the closing plan's events that
 * fills it belong together (a field added here is filled here); splitting the fold per concept is a reshaping of its
 * own, shared with the other folds of the query side.
 */
public class ClosingPlanDocument {

    public String opportunityId;
    /** Sequence number of the last event applied. */
    public long version = -1;
    public String customer;
    public String title;
    public String owner;
    public BigDecimal estimatedAmount;
    public String currency;
    public LocalDate expectedCloseOn;
    public String stage;
    public String status;
    public boolean qualified;
    public int certainty;
    public CertaintyOverride override;
    public SmartGoal smartGoal;
    public List<String> openActionsAtWin = new ArrayList<>();
    public List<BuyingAction> buyingActions = new ArrayList<>();
    public List<NextStep> nextSteps = new ArrayList<>();
    public List<Stakeholder> stakeholders = new ArrayList<>();
    public List<Competitor> competitors = new ArrayList<>();
    public List<KeyPoint> keyPoints = new ArrayList<>();
    /** The latest answer to each question, by question code, in the order first answered. */
    public Map<String, Answer> answers = new LinkedHashMap<>();
    public List<Action> actions = new ArrayList<>();
    public List<Risk> risks = new ArrayList<>();
    public List<InformationGap> informationGaps = new ArrayList<>();
    public List<InternalDecision> internalDecisions = new ArrayList<>();

    public static class CertaintyOverride {
        public int certainty;
        public String reason;
        public String by;
        public LocalDate on;
    }

    public static class SmartGoal {
        public String goal;
        public String measure;
        public LocalDate dueOn;
        public String setBy;
        public LocalDate setOn;
    }

    public static class BuyingAction {
        public String buyingActionId;
        public String type;
        public String description;
        public LocalDate occurredOn;
    }

    public static class NextStep {
        public String nextStepId;
        public String description;
        public String goal;
        public LocalDate dueOn;
        public String customerOwner;
        /** Null while pending; DONE or MISSED once settled. */
        public String outcome;
    }

    public static class Stakeholder {
        public String stakeholderId;
        public String name;
        public String title;
        public StakeholderRole role;
        public InfluencerGrade influencerGrade;
        public String businessGoal;
        public String businessChallenge;
        public String personalWin;
        public LocalDate identifiedOn;
        public String identifiedBy;
        public StakeholderRemoval removal;
        public String removalReason;
        public LocalDate removedOn;
        /** Every assessment, oldest first; the last one is the current stance. */
        public List<Assessment> assessments = new ArrayList<>();

        public boolean active() {
            return removal == null;
        }

        public Optional<Assessment> current() {
            return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
        }
    }

    public static class Assessment {
        public Receptivity receptivity;
        public int influence;
        public int relationship;
        public String note;
        public LocalDate assessedOn;
        public String assessedBy;
    }

    public static class Competitor {
        public String competitorId;
        public String name;
        public String strengths;
        public String weaknesses;
        public List<String> allies = new ArrayList<>();
    }

    public static class KeyPoint {
        public String keyPointId;
        public String criterion;
        public String bottomLine;
        public List<KeyPointHolder> holders = new ArrayList<>();
        public Rating ourRating;
        public Map<String, Rating> competitorRatings = new LinkedHashMap<>();
        public String ratingNote;
    }

    public static class Answer {
        public String question;
        public int score;
        public String note;
        public LocalDate answeredOn;
        public String answeredBy;
    }

    public static class Action {
        public String actionId;
        public String what;
        public String goal;
        public String owner;
        public LocalDate dueOn;
        public String method;
        public ActionSide side;
        public InfluenceTarget influences;
        public String stakeholderId;
        public String keyPointId;
        public KeyPointStrategy strategy;
        public LocalDate plannedOn;
        /** OPEN, COMPLETED or CANCELLED. */
        public String status = "OPEN";
        public String result;
        public Boolean goalMet;
        public LocalDate settledOn;
    }

    public static class Risk {
        public String riskId;
        public String description;
        public RiskCategory category;
        public LocalDate recordedOn;
        public String mitigation;
        public LocalDate mitigatedOn;
    }

    public static class InformationGap {
        public String informationGapId;
        public String question;
        public LocalDate recordedOn;
        public String answer;
        public LocalDate closedOn;
    }

    public static class InternalDecision {
        public String internalDecisionId;
        public String question;
        public String decidedBy;
        public LocalDate requestedOn;
        public String decision;
        public LocalDate decidedOn;
    }

    public static ClosingPlanDocument opened(OpportunityOpened event, long version, int baseCertainty) {
        ClosingPlanDocument document = new ClosingPlanDocument();
        document.opportunityId = event.opportunityId();
        document.customer = event.customer();
        document.title = event.title();
        document.owner = event.owner();
        document.estimatedAmount = event.estimatedValue().amount();
        document.currency = event.estimatedValue().currency();
        document.expectedCloseOn = event.expectedCloseOn();
        document.stage = event.stage();
        document.status = OpportunityStatus.OPEN.name();
        document.certainty = baseCertainty;
        document.version = version;
        return document;
    }

    /** Applies an event that follows the opening; one at or below the document's version was applied before. */
    public void apply(OpportunityEvent event, long eventVersion) {
        if (eventVersion <= version) {
            return;
        }
        version = eventVersion;
        if (event instanceof ClosingPlanEvent planEvent) {
            applyPlan(planEvent);
        } else {
            applyOpportunity(event);
        }
    }

    private void applyOpportunity(OpportunityEvent event) {
        if (event instanceof OpportunityQualified) {
            qualified = true;
        } else if (event instanceof BuyingActionRecorded recorded) {
            BuyingAction action = new BuyingAction();
            action.buyingActionId = recorded.buyingActionId();
            action.type = recorded.buyingActionType();
            action.description = recorded.description();
            action.occurredOn = recorded.occurredOn();
            buyingActions.add(action);
        } else if (event instanceof StageAdvanced advanced) {
            stage = advanced.toStage();
        } else if (event instanceof StageMovedBack movedBack) {
            stage = movedBack.toStage();
        } else if (event instanceof NextStepAgreed agreed) {
            NextStep step = new NextStep();
            step.nextStepId = agreed.nextStepId();
            step.description = agreed.description();
            step.goal = agreed.goal();
            step.dueOn = agreed.dueOn();
            step.customerOwner = agreed.customerOwner();
            nextSteps.add(step);
        } else if (event instanceof NextStepCompleted completed) {
            nextStep(completed.nextStepId()).ifPresent(step -> step.outcome = NextStepOutcome.DONE.name());
        } else if (event instanceof NextStepMissed missed) {
            nextStep(missed.nextStepId()).ifPresent(step -> step.outcome = NextStepOutcome.MISSED.name());
        } else if (event instanceof NextStepRescheduled rescheduled) {
            nextStep(rescheduled.nextStepId()).ifPresent(step -> step.dueOn = rescheduled.dueOn());
        } else if (event instanceof EstimatedValueRevised revised) {
            estimatedAmount = revised.estimatedValue().amount();
            currency = revised.estimatedValue().currency();
        } else if (event instanceof ExpectedCloseDateMoved moved) {
            expectedCloseOn = moved.expectedCloseOn();
        } else if (event instanceof OpportunityWon won) {
            status = OpportunityStatus.WON.name();
            openActionsAtWin = new ArrayList<>(won.openActionIds());
        } else if (event instanceof OpportunityLost) {
            status = OpportunityStatus.LOST.name();
        } else if (event instanceof OpportunityWithdrawn) {
            status = OpportunityStatus.WITHDRAWN.name();
        } else if (event instanceof OpportunityReopened) {
            status = OpportunityStatus.OPEN.name();
            openActionsAtWin = new ArrayList<>();
        }
    }

    private void applyPlan(ClosingPlanEvent event) {
        if (event instanceof StakeholderIdentified identified) {
            Stakeholder person = new Stakeholder();
            person.stakeholderId = identified.stakeholderId();
            person.name = identified.name();
            person.title = identified.title();
            person.role = identified.role();
            person.influencerGrade = identified.influencerGrade();
            person.businessGoal = identified.businessGoal();
            person.businessChallenge = identified.businessChallenge();
            person.personalWin = identified.personalWin();
            person.identifiedOn = identified.occurredOn();
            person.identifiedBy = identified.recordedBy();
            stakeholders.removeIf(known -> known.stakeholderId.equals(person.stakeholderId));
            stakeholders.add(person);
        } else if (event instanceof StakeholderAssessed assessed) {
            Assessment assessment = new Assessment();
            assessment.receptivity = assessed.receptivity();
            assessment.influence = assessed.influence();
            assessment.relationship = assessed.relationship();
            assessment.note = assessed.note();
            assessment.assessedOn = assessed.occurredOn();
            assessment.assessedBy = assessed.recordedBy();
            stakeholder(assessed.stakeholderId()).ifPresent(person -> person.assessments.add(assessment));
        } else if (event instanceof StakeholderPersonalDataErased erased) {
            stakeholder(erased.stakeholderId()).ifPresent(person -> {
                person.name = StakeholderPersonalDataErased.ERASED;
                person.title = person.title == null ? null : StakeholderPersonalDataErased.ERASED;
                person.businessGoal = person.businessGoal == null ? null : StakeholderPersonalDataErased.ERASED;
                person.businessChallenge = person.businessChallenge == null ? null : StakeholderPersonalDataErased.ERASED;
                person.personalWin = person.personalWin == null ? null : StakeholderPersonalDataErased.ERASED;
            });
        } else if (event instanceof StakeholderRemoved removed) {
            stakeholder(removed.stakeholderId()).ifPresent(person -> {
                person.removal = removed.removal();
                person.removalReason = removed.reason();
                person.removedOn = removed.occurredOn();
            });
        } else if (event instanceof CompetitorRecorded recorded) {
            Competitor competitor = new Competitor();
            competitor.competitorId = recorded.competitorId();
            competitor.name = recorded.name();
            competitor.strengths = recorded.strengths();
            competitor.weaknesses = recorded.weaknesses();
            competitor.allies = new ArrayList<>(recorded.allies());
            competitors.add(competitor);
        } else if (event instanceof KeyPointRecorded recorded) {
            KeyPoint keyPoint = new KeyPoint();
            keyPoint.keyPointId = recorded.keyPointId();
            keyPoint.criterion = recorded.criterion();
            keyPoint.bottomLine = recorded.bottomLine();
            keyPoint.holders = new ArrayList<>(recorded.holders());
            keyPoints.add(keyPoint);
        } else if (event instanceof KeyPointRated rated) {
            keyPoint(rated.keyPointId()).ifPresent(keyPoint -> {
                if (rated.ourRating() != null) {
                    keyPoint.ourRating = rated.ourRating();
                }
                keyPoint.competitorRatings.putAll(rated.competitorRatings());
                keyPoint.ratingNote = rated.note();
            });
        } else if (event instanceof OpportunityAssessed assessed) {
            for (AssessmentAnswer given : assessed.answers()) {
                Answer answer = new Answer();
                answer.question = given.question();
                answer.score = given.score();
                answer.note = given.note();
                answer.answeredOn = assessed.occurredOn();
                answer.answeredBy = assessed.recordedBy();
                answers.put(given.question(), answer);
            }
        } else if (event instanceof SmartGoalSet set) {
            smartGoal = new SmartGoal();
            smartGoal.goal = set.goal();
            smartGoal.measure = set.measure();
            smartGoal.dueOn = set.dueOn();
            smartGoal.setBy = set.recordedBy();
            smartGoal.setOn = set.occurredOn();
        } else {
            applyActions(event);
        }
    }

    private void applyActions(ClosingPlanEvent event) {
        if (event instanceof ClosingActionPlanned planned) {
            Action action = new Action();
            action.actionId = planned.actionId();
            action.what = planned.what();
            action.goal = planned.goal();
            action.owner = planned.owner();
            action.dueOn = planned.dueOn();
            action.method = planned.method();
            action.side = planned.side();
            action.influences = planned.influences();
            action.stakeholderId = planned.stakeholderId();
            action.keyPointId = planned.keyPointId();
            action.strategy = planned.strategy();
            action.plannedOn = planned.occurredOn();
            actions.add(action);
        } else if (event instanceof ClosingActionCompleted completed) {
            action(completed.actionId()).ifPresent(action -> {
                action.status = "COMPLETED";
                action.result = completed.result();
                action.goalMet = completed.goalMet();
                action.settledOn = completed.occurredOn();
            });
        } else if (event instanceof ClosingActionCancelled cancelled) {
            action(cancelled.actionId()).ifPresent(action -> {
                action.status = "CANCELLED";
                action.result = cancelled.reason();
                action.settledOn = cancelled.occurredOn();
            });
        } else if (event instanceof RiskRecorded recorded) {
            Risk risk = new Risk();
            risk.riskId = recorded.riskId();
            risk.description = recorded.description();
            risk.category = recorded.category();
            risk.recordedOn = recorded.occurredOn();
            risks.add(risk);
        } else if (event instanceof RiskMitigated mitigated) {
            risks.stream().filter(risk -> risk.riskId.equals(mitigated.riskId())).findFirst().ifPresent(risk -> {
                risk.mitigation = mitigated.mitigation();
                risk.mitigatedOn = mitigated.occurredOn();
            });
        } else if (event instanceof InformationGapRecorded recorded) {
            InformationGap gap = new InformationGap();
            gap.informationGapId = recorded.informationGapId();
            gap.question = recorded.question();
            gap.recordedOn = recorded.occurredOn();
            informationGaps.add(gap);
        } else if (event instanceof InformationGapClosed closed) {
            informationGaps.stream().filter(gap -> gap.informationGapId.equals(closed.informationGapId()))
                    .findFirst().ifPresent(gap -> {
                        gap.answer = closed.answer();
                        gap.closedOn = closed.occurredOn();
                    });
        } else if (event instanceof InternalDecisionRequested requested) {
            InternalDecision decision = new InternalDecision();
            decision.internalDecisionId = requested.internalDecisionId();
            decision.question = requested.question();
            decision.decidedBy = requested.decidedBy();
            decision.requestedOn = requested.occurredOn();
            internalDecisions.add(decision);
        } else if (event instanceof InternalDecisionRecorded recorded) {
            internalDecisions.stream().filter(decision -> decision.internalDecisionId.equals(recorded.internalDecisionId()))
                    .findFirst().ifPresent(decision -> {
                        decision.decision = recorded.decision();
                        decision.decidedOn = recorded.occurredOn();
                    });
        } else if (event instanceof ClosingCertaintyChanged changed) {
            certainty = changed.certainty();
        } else if (event instanceof ClosingCertaintyOverridden overridden) {
            override = new CertaintyOverride();
            override.certainty = overridden.certainty();
            override.reason = overridden.reason();
            override.by = overridden.recordedBy();
            override.on = overridden.occurredOn();
        } else if (event instanceof ClosingCertaintyOverrideRemoved) {
            override = null;
        }
    }

    Optional<Stakeholder> stakeholder(String stakeholderId) {
        return stakeholders.stream().filter(person -> person.stakeholderId.equals(stakeholderId)).findFirst();
    }

    Optional<KeyPoint> keyPoint(String keyPointId) {
        return keyPoints.stream().filter(keyPoint -> keyPoint.keyPointId.equals(keyPointId)).findFirst();
    }

    Optional<Competitor> competitor(String competitorId) {
        return competitors.stream().filter(competitor -> competitor.competitorId.equals(competitorId)).findFirst();
    }

    private Optional<Action> action(String actionId) {
        return actions.stream().filter(action -> action.actionId.equals(actionId)).findFirst();
    }

    private Optional<NextStep> nextStep(String nextStepId) {
        return nextSteps.stream().filter(step -> step.nextStepId.equals(nextStepId)).findFirst();
    }
}
