package io.opportunities.query.closingplan;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.Amounts;
import io.opportunities.api.opportunity.Money;
import io.opportunities.api.opportunity.OpportunityStatus;
import io.opportunities.api.salesprocess.AssessmentQuestion;
import io.opportunities.api.salesprocess.BuyerPhase;
import io.opportunities.api.salesprocess.CertaintyLadder;
import io.opportunities.api.salesprocess.CertaintyStep;
import io.opportunities.api.salesprocess.PlanningSheetPart;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;
import io.opportunities.query.closingplan.AssessmentSummary.AnswerView;
import io.opportunities.query.closingplan.ClosingPlanDocument.Stakeholder;
import io.opportunities.query.closingplan.WinningFactors.KeyPointPosition;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 000's opportunity planning sheet of one deal, in its six parts, with seed 001's push/block plan, the SMART
 * goal and the closing certainty with the evidence of every step of the ladder.
 * <p>
 * Why one file of about 360 lines: it is the answer's shape, part by part as the sheet reads, with the small
 * records of each part beside the code that fills them; its folds live in {@link ClosingPlanDocument}.
 */
record PlanningSheet(String opportunityId, long version, String customer, String title, String owner, StageView stage,
                     String status, Money estimatedValue, LocalDate expectedCloseOn, @Nullable SmartGoalView smartGoal,
                     Certainty certainty, Situation situation, List<AnswerView> customerSelection,
                     NeedAndUrgency needAndUrgency, List<AnswerView> solutionCriteria,
                     List<DecisionMaker> keyDecisionMakers, ClosingPlanPart closingPlan, PushBlockPlan pushBlock,
                     AssessmentSummary assessment) {

    @Schema(name = "ClosingPlanStage")
    record StageView(String code, String name, BuyerPhase buyerPhase) {
    }

    record SmartGoalView(String goal, String measure, LocalDate dueOn, String setBy, LocalDate setOn) {
    }

    /**
     * @param probability what every read model shows: the override if there is one, else the ladder's certainty;
     *                    100 once won, 0 once lost or withdrawn
     * @param ladder      the certainty the verified milestones give
     */
    record Certainty(int probability, int ladder, @Nullable CertaintyOverrideView override, List<LadderStep> steps,
                     NextMilestone nextMilestone, List<WinningFactors.Factor> factors) {
    }

    record CertaintyOverrideView(int certainty, String reason, String by, LocalDate on) {
    }

    record LadderStep(int certainty, String milestone, boolean reached, List<Evidence> evidence) {
    }

    record Evidence(String buyingActionId, String type, String description, LocalDate occurredOn) {
    }

    record NextMilestone(int certainty, String milestone, List<String> verifiedBy,
                         @Nullable StakeholderRole requiresRole, boolean requiredRoleIdentified) {
    }

    /** Part 1. */
    record Situation(ActionStatus previouslyAgreedActions, @Nullable NextStepView nextStepAgreedWithCustomer,
                     List<String> preventingProgress, List<String> couldPreventWinning, boolean knowWhatToDoToWin) {
    }

    record ActionStatus(int open, int overdue, int completed, int goalMet, int cancelled) {
    }

    @Schema(name = "ClosingPlanNextStep")
    record NextStepView(String nextStepId, String description, String goal, LocalDate dueOn, String customerOwner,
                        boolean overdue) {
    }

    /** Part 3. */
    record NeedAndUrgency(BuyerPhase whereTheyAreInBuying, List<AnswerView> answers) {
    }

    /** Part 5: the people table. */
    record DecisionMaker(String stakeholderId, String name, @Nullable String title, StakeholderRole role,
                         @Nullable InfluencerGrade influencerGrade, @Nullable String businessGoal,
                         @Nullable String businessChallenge, @Nullable String personalWin,
                         @Nullable Receptivity receptivity, @Nullable Integer influence, @Nullable Integer relationship,
                         @Nullable LocalDate assessedOn, List<String> allyOf) {
    }

    /** Part 6. */
    record ClosingPlanPart(List<ActionView> influencingTheDecisionProcess, List<ActionView> actions,
                           List<InformationGapView> missingInformation, List<RelationshipFocus> relationshipsToFocusOn,
                           List<RiskView> risks, List<InternalDecisionView> internalDecisions,
                           List<AnswerView> decisionProcess, List<String> openActionsAtWin) {
    }

    record ActionView(String actionId, String what, String goal, String owner, LocalDate dueOn, @Nullable String method,
                      ActionSide side, InfluenceTarget influences, @Nullable String stakeholderId,
                      @Nullable String stakeholderName, @Nullable String keyPointId, @Nullable String keyPointCriterion,
                      @Nullable KeyPointStrategy strategy, LocalDate plannedOn, String status, boolean overdue,
                      @Nullable String result, @Nullable Boolean goalMet, @Nullable LocalDate settledOn) {
    }

    record InformationGapView(String informationGapId, String question, LocalDate recordedOn, @Nullable String answer,
                              @Nullable LocalDate closedOn, boolean open) {
    }

    record RelationshipFocus(String stakeholderId, String name, StakeholderRole role, String why) {
    }

    record RiskView(String riskId, String description, RiskCategory category, LocalDate recordedOn,
                    @Nullable String mitigation, @Nullable LocalDate mitigatedOn, boolean open) {
    }

    record InternalDecisionView(String internalDecisionId, String question, String decidedBy, LocalDate requestedOn,
                                @Nullable String decision, @Nullable LocalDate decidedOn, boolean pending) {
    }

    record PushBlockPlan(List<CompetitorView> competitors, List<KeyPointView> keyPoints) {
    }

    record CompetitorView(String competitorId, String name, @Nullable String strengths, @Nullable String weaknesses,
                          List<String> allies) {
    }

    record KeyPointView(String keyPointId, String criterion, @Nullable String bottomLine, List<HolderView> holders,
                        @Nullable Rating ourRating, List<CompetitorRating> competitorRatings, KeyPointPosition position,
                        List<ActionView> strategies) {
    }

    record HolderView(String stakeholderId, String name, Stance stance, int influence, @Nullable String concern) {
    }

    record CompetitorRating(String competitorId, String name, Rating rating) {
    }

    static PlanningSheet of(ClosingPlanDocument document, SalesProcess process, LocalDate today) {
        Optional<Stage> stage = process.stage(document.stage);
        return new PlanningSheet(document.opportunityId, document.version, document.customer, document.title,
                document.owner,
                new StageView(document.stage, stage.map(Stage::name).orElse(document.stage),
                        stage.map(Stage::buyerPhase).orElse(null)),
                document.status, Amounts.money(document.estimatedAmount, document.currency), document.expectedCloseOn,
                document.smartGoal == null ? null : new SmartGoalView(document.smartGoal.goal, document.smartGoal.measure,
                        document.smartGoal.dueOn, document.smartGoal.setBy, document.smartGoal.setOn),
                certainty(document, process),
                situation(document, process, today),
                answers(document, process, PlanningSheetPart.CUSTOMER_SELECTION),
                new NeedAndUrgency(stage.map(Stage::buyerPhase).orElse(null),
                        answers(document, process, PlanningSheetPart.NEED_AND_URGENCY)),
                answers(document, process, PlanningSheetPart.SOLUTION_CRITERIA),
                keyDecisionMakers(document),
                closingPlan(document, process, today),
                pushBlock(document, today),
                AssessmentSummary.of(document, process));
    }

    /** The probability every read model shows, from the document's status, certainty and override. */
    static int probability(ClosingPlanDocument document) {
        return OpportunityStatus.valueOf(document.status)
                .probability(document.override != null ? document.override.certainty : document.certainty);
    }

    private static Certainty certainty(ClosingPlanDocument document, SalesProcess process) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        Map<String, ClosingPlanDocument.BuyingAction> byId = new LinkedHashMap<>();
        for (ClosingPlanDocument.BuyingAction action : document.buyingActions) {
            byType.computeIfAbsent(action.type, type -> new ArrayList<>()).add(action.buyingActionId);
            byId.put(action.buyingActionId, action);
        }
        CertaintyLadder ladder = process.certaintyLadder();
        CertaintyLadder.Standing standing = ladder.standing(byType);
        List<LadderStep> steps = new ArrayList<>();
        for (CertaintyStep step : ladder.steps()) {
            Optional<CertaintyLadder.Evidence> reached = standing.reached().stream()
                    .filter(evidence -> evidence.step().equals(step)).findFirst();
            List<String> ids = reached.map(CertaintyLadder.Evidence::buyingActionIds)
                    .orElseGet(() -> step.verifiedBy().stream()
                            .flatMap(type -> byType.getOrDefault(type, List.of()).stream()).toList());
            steps.add(new LadderStep(step.certainty(), step.milestone(), reached.isPresent(), ids.stream()
                    .map(byId::get)
                    .map(action -> new Evidence(action.buyingActionId, action.type, action.description,
                            action.occurredOn))
                    .toList()));
        }
        NextMilestone next = standing.next().map(step -> new NextMilestone(step.certainty(), step.milestone(),
                step.verifiedBy(), step.requiresRole(), step.requiresRole() == null || document.stakeholders.stream()
                .anyMatch(person -> person.active() && person.role == step.requiresRole()))).orElse(null);
        CertaintyOverrideView override = document.override == null ? null : new CertaintyOverrideView(
                document.override.certainty, document.override.reason, document.override.by, document.override.on);
        return new Certainty(probability(document), document.certainty, override, steps, next,
                WinningFactors.of(document, process));
    }

    private static Situation situation(ClosingPlanDocument document, SalesProcess process, LocalDate today) {
        int open = 0, overdue = 0, completed = 0, goalMet = 0, cancelled = 0;
        for (ClosingPlanDocument.Action action : document.actions) {
            switch (action.status) {
                case "OPEN" -> {
                    open++;
                    if (action.dueOn.isBefore(today)) overdue++;
                }
                case "COMPLETED" -> {
                    completed++;
                    if (Boolean.TRUE.equals(action.goalMet)) goalMet++;
                }
                default -> cancelled++;
            }
        }
        NextStepView nextStep = document.nextSteps.stream()
                .filter(step -> step.outcome == null)
                .min(Comparator.comparing(step -> step.dueOn))
                .map(step -> new NextStepView(step.nextStepId, step.description, step.goal, step.dueOn,
                        step.customerOwner, step.dueOn.isBefore(today)))
                .orElse(null);
        List<String> preventing = new ArrayList<>();
        if (nextStep == null && "OPEN".equals(document.status)) {
            preventing.add("No next step agreed with the customer.");
        }
        process.stage(document.stage).ifPresent(stage -> {
            if (stage.requiresQualification() && !document.qualified) {
                preventing.add("Not qualified yet: the deal cannot leave " + stage.name() + " before.");
            }
            List<String> recorded = document.buyingActions.stream().map(action -> action.type).toList();
            List<String> missing = stage.exitCriteria().stream().filter(type -> !recorded.contains(type)).toList();
            if (!missing.isEmpty()) {
                preventing.add("Exit criteria of " + stage.name() + " not verified yet: " + String.join(", ", missing) + ".");
            }
        });
        document.internalDecisions.stream().filter(decision -> decision.decision == null).forEach(decision ->
                preventing.add("Internal decision pending (" + decision.decidedBy + "): " + decision.question));
        document.informationGaps.stream().filter(gap -> gap.answer == null).forEach(gap ->
                preventing.add("Information missing: " + gap.question));
        List<String> couldPreventWinning = new ArrayList<>();
        document.risks.stream().filter(risk -> risk.mitigation == null).forEach(risk ->
                couldPreventWinning.add("Risk (" + risk.category.name().toLowerCase(java.util.Locale.ROOT) + "): "
                        + risk.description));
        for (ClosingPlanDocument.KeyPoint keyPoint : document.keyPoints) {
            if (KeyPointPosition.of(keyPoint) == KeyPointPosition.BEHIND) {
                couldPreventWinning.add("A competitor is rated better on " + keyPoint.criterion + ".");
            }
            boolean blocked = keyPoint.holders.stream().anyMatch(holder -> holder.stance() == Stance.BLOCK)
                    && (keyPoint.ourRating == Rating.NONE || keyPoint.ourRating == Rating.POOR);
            if (blocked) {
                couldPreventWinning.add("Blocked on " + keyPoint.criterion + ": we are rated " + keyPoint.ourRating
                        + " against the bottom line " + keyPoint.bottomLine + ".");
            }
        }
        return new Situation(new ActionStatus(open, overdue, completed, goalMet, cancelled), nextStep, preventing,
                couldPreventWinning, open > 0);
    }

    private static List<AnswerView> answers(ClosingPlanDocument document, SalesProcess process, PlanningSheetPart part) {
        List<AnswerView> answers = new ArrayList<>();
        for (AssessmentQuestion question : process.assessmentQuestions()) {
            if (question.sheetPart() == part) {
                answers.add(AssessmentSummary.answer(question, document.answers.get(question.code())));
            }
        }
        return answers;
    }

    private static List<DecisionMaker> keyDecisionMakers(ClosingPlanDocument document) {
        return document.stakeholders.stream()
                .filter(Stakeholder::active)
                .sorted(Comparator.comparing((Stakeholder person) -> person.role))
                .map(person -> {
                    Optional<ClosingPlanDocument.Assessment> stance = person.current();
                    return new DecisionMaker(person.stakeholderId, person.name, person.title, person.role,
                            person.influencerGrade, person.businessGoal, person.businessChallenge, person.personalWin,
                            stance.map(current -> current.receptivity).orElse(null),
                            stance.map(current -> current.influence).orElse(null),
                            stance.map(current -> current.relationship).orElse(null),
                            stance.map(current -> current.assessedOn).orElse(null),
                            allyOf(document, person.stakeholderId));
                })
                .toList();
    }

    static List<String> allyOf(ClosingPlanDocument document, String stakeholderId) {
        return document.competitors.stream()
                .filter(competitor -> competitor.allies.contains(stakeholderId))
                .map(competitor -> competitor.name)
                .toList();
    }

    private static ClosingPlanPart closingPlan(ClosingPlanDocument document, SalesProcess process, LocalDate today) {
        List<ActionView> actions = document.actions.stream().map(action -> action(document, action, today)).toList();
        List<RelationshipFocus> focus = new ArrayList<>();
        for (Stakeholder person : document.stakeholders) {
            if (!person.active() || person.role == StakeholderRole.USER) {
                continue;
            }
            Optional<ClosingPlanDocument.Assessment> stance = person.current();
            List<String> why = new ArrayList<>();
            if (stance.isEmpty()) {
                why.add("not assessed yet");
            } else if (stance.get().relationship <= 0) {
                why.add("relationship " + (stance.get().relationship == 0 ? "0" : stance.get().relationship));
            }
            allyOf(document, person.stakeholderId).forEach(competitor -> why.add("ally of " + competitor));
            if (!why.isEmpty()) {
                focus.add(new RelationshipFocus(person.stakeholderId, person.name, person.role, String.join(", ", why)));
            }
        }
        return new ClosingPlanPart(
                actions.stream().filter(action -> action.influences() == InfluenceTarget.DECISION_PROCESS).toList(),
                actions,
                document.informationGaps.stream().map(gap -> new InformationGapView(gap.informationGapId, gap.question,
                        gap.recordedOn, gap.answer, gap.closedOn, gap.answer == null)).toList(),
                focus,
                document.risks.stream().map(risk -> new RiskView(risk.riskId, risk.description, risk.category,
                        risk.recordedOn, risk.mitigation, risk.mitigatedOn, risk.mitigation == null)).toList(),
                document.internalDecisions.stream().map(decision -> new InternalDecisionView(
                        decision.internalDecisionId, decision.question, decision.decidedBy, decision.requestedOn,
                        decision.decision, decision.decidedOn, decision.decision == null)).toList(),
                answers(document, process, PlanningSheetPart.CLOSING_PLAN),
                List.copyOf(document.openActionsAtWin));
    }

    private static ActionView action(ClosingPlanDocument document, ClosingPlanDocument.Action action, LocalDate today) {
        return new ActionView(action.actionId, action.what, action.goal, action.owner, action.dueOn, action.method,
                action.side, action.influences, action.stakeholderId,
                action.stakeholderId == null ? null : document.stakeholder(action.stakeholderId).map(p -> p.name).orElse(null),
                action.keyPointId,
                action.keyPointId == null ? null : document.keyPoint(action.keyPointId).map(k -> k.criterion).orElse(null),
                action.strategy, action.plannedOn, action.status,
                "OPEN".equals(action.status) && action.dueOn.isBefore(today),
                action.result, action.goalMet, action.settledOn);
    }

    private static PushBlockPlan pushBlock(ClosingPlanDocument document, LocalDate today) {
        List<CompetitorView> competitors = document.competitors.stream()
                .map(competitor -> new CompetitorView(competitor.competitorId, competitor.name, competitor.strengths,
                        competitor.weaknesses, competitor.allies.stream()
                        .map(id -> document.stakeholder(id).map(person -> person.name).orElse(id)).toList()))
                .toList();
        List<KeyPointView> keyPoints = document.keyPoints.stream()
                .map(keyPoint -> new KeyPointView(keyPoint.keyPointId, keyPoint.criterion, keyPoint.bottomLine,
                        keyPoint.holders.stream().map(holder -> new HolderView(holder.stakeholderId(),
                                document.stakeholder(holder.stakeholderId()).map(person -> person.name).orElse(null),
                                holder.stance(), holder.influence(), holder.concern())).toList(),
                        keyPoint.ourRating,
                        document.competitors.stream().map(competitor -> new CompetitorRating(competitor.competitorId,
                                competitor.name, keyPoint.competitorRatings.get(competitor.competitorId))).toList(),
                        KeyPointPosition.of(keyPoint),
                        document.actions.stream().filter(action -> keyPoint.keyPointId.equals(action.keyPointId))
                                .map(action -> action(document, action, today)).toList()))
                .toList();
        return new PushBlockPlan(competitors, keyPoints);
    }
}
