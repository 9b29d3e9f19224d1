package io.opportunities.api.salesprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sales process (pipeline): ordered stages, each tied to a buyer phase, with exit criteria expressed as
 * verifiable buying actions and a default probability; the closing-certainty ladder whose milestones buying actions
 * verify; and the questions for assessing an opportunity. It is data, bound from configuration, so that an
 * organisation can define its own.
 */
public record SalesProcess(String name, List<Stage> stages, List<BuyingActionType> buyingActionTypes,
                           CertaintyLadder certaintyLadder, List<AssessmentQuestion> assessmentQuestions) {

    public SalesProcess {
        stages = List.copyOf(stages);
        buyingActionTypes = List.copyOf(buyingActionTypes);
        certaintyLadder = certaintyLadder == null ? new CertaintyLadder(List.of()) : certaintyLadder;
        assessmentQuestions = assessmentQuestions == null ? List.of() : List.copyOf(assessmentQuestions);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("A sales process needs at least one stage");
        }
        Set<String> typeCodes = new HashSet<>();
        for (BuyingActionType type : buyingActionTypes) {
            if (!typeCodes.add(type.code())) {
                throw new IllegalArgumentException("Buying action type " + type.code() + " is defined twice");
            }
        }
        Set<String> stageCodes = new HashSet<>();
        int previousProbability = -1;
        for (Stage stage : stages) {
            if (!stageCodes.add(stage.code())) {
                throw new IllegalArgumentException("Stage " + stage.code() + " is defined twice");
            }
            if (stage.probability() < 0 || stage.probability() > 100 || stage.probability() < previousProbability) {
                throw new IllegalArgumentException(
                        "Stage " + stage.code() + ": probabilities must lie in 0..100 and never fall from one stage to the next");
            }
            previousProbability = stage.probability();
            for (String criterion : stage.exitCriteria()) {
                if (!typeCodes.contains(criterion)) {
                    throw new IllegalArgumentException(
                            "Stage " + stage.code() + " names unknown buying action type " + criterion);
                }
            }
        }
        int previousCertainty = -1;
        for (CertaintyStep step : certaintyLadder.steps()) {
            if (step.certainty() <= previousCertainty || step.certainty() > 100) {
                throw new IllegalArgumentException("Certainty ladder: steps must rise strictly within 0..100, at "
                        + step.certainty() + " %");
            }
            previousCertainty = step.certainty();
            for (String type : step.verifiedBy()) {
                if (!typeCodes.contains(type)) {
                    throw new IllegalArgumentException("Certainty step " + step.certainty()
                            + " % names unknown buying action type " + type);
                }
            }
        }
        Set<String> questionCodes = new HashSet<>();
        for (AssessmentQuestion question : assessmentQuestions) {
            if (!questionCodes.add(question.code())) {
                throw new IllegalArgumentException("Assessment question " + question.code() + " is defined twice");
            }
        }
    }

    public Optional<AssessmentQuestion> assessmentQuestion(String code) {
        return assessmentQuestions.stream().filter(question -> question.code().equals(code)).findFirst();
    }

    /** The stage every new opportunity starts in. */
    public Stage initialStage() {
        return stages.get(0);
    }

    public Optional<Stage> stage(String code) {
        return stages.stream().filter(stage -> stage.code().equals(code)).findFirst();
    }

    public Optional<BuyingActionType> buyingActionType(String code) {
        return buyingActionTypes.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** Position of a stage in the process, or -1 for a code this process does not know. */
    public int positionOf(String stageCode) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).code().equals(stageCode)) {
                return i;
            }
        }
        return -1;
    }

    /** The stages a deal leaves when it moves forwards from {@code from} to {@code to}: from inclusive, to exclusive. */
    public List<Stage> stagesLeft(String from, String to) {
        int start = positionOf(from);
        int end = positionOf(to);
        if (start < 0 || end <= start) {
            return List.of();
        }
        return stages.subList(start, end);
    }

    /** The exit criteria of every stage left on the way, in order, that {@code recorded} does not cover. */
    public List<String> missingExitCriteria(String from, String to, Set<String> recorded) {
        List<String> missing = new ArrayList<>();
        for (Stage stage : stagesLeft(from, to)) {
            for (String criterion : stage.exitCriteria()) {
                if (!recorded.contains(criterion) && !missing.contains(criterion)) {
                    missing.add(criterion);
                }
            }
        }
        return missing;
    }

    public boolean qualificationRequired(String from, String to) {
        return stagesLeft(from, to).stream().anyMatch(Stage::requiresQualification);
    }
}
