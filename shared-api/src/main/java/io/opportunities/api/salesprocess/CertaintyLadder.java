package io.opportunities.api.salesprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closing-certainty ladder: the certainty is the highest step whose milestone, and every milestone below it, is
 * verified by recorded buying actions. A milestone verified out of order counts once those below it are verified.
 */
public record CertaintyLadder(List<CertaintyStep> steps) {

    public CertaintyLadder {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** Where a deal stands on the ladder: the certainty, the evidence of every step reached, and the next one. */
    public record Standing(int certainty, List<Evidence> reached, Optional<CertaintyStep> next) {

        /** The highest step reached, if any. */
        public Optional<Evidence> top() {
            return reached.isEmpty() ? Optional.empty() : Optional.of(reached.get(reached.size() - 1));
        }
    }

    /** A step reached and the buying actions (ids) that verify it; none for a step the deal's existence verifies. */
    public record Evidence(CertaintyStep step, List<String> buyingActionIds) {
    }

    /**
     * @param buyingActionsByType the ids of the recorded buying actions, by type, in the order they were recorded
     */
    public Standing standing(Map<String, List<String>> buyingActionsByType) {
        List<Evidence> reached = new ArrayList<>();
        for (CertaintyStep step : steps) {
            List<String> evidence = step.verifiedBy().stream()
                    .flatMap(type -> buyingActionsByType.getOrDefault(type, List.of()).stream())
                    .toList();
            if (!step.verifiedByExistence() && evidence.isEmpty()) {
                return new Standing(certaintyOf(reached), List.copyOf(reached), Optional.of(step));
            }
            reached.add(new Evidence(step, evidence));
        }
        return new Standing(certaintyOf(reached), List.copyOf(reached), Optional.empty());
    }

    /** The certainty of a deal with no buying action on record yet. */
    public int baseCertainty() {
        return standing(Map.of()).certainty();
    }

    /** The steps a buying action of this type verifies. */
    public List<CertaintyStep> stepsVerifiedBy(String buyingActionType) {
        return steps.stream().filter(step -> step.verifiedBy().contains(buyingActionType)).toList();
    }

    private static int certaintyOf(List<Evidence> reached) {
        return reached.isEmpty() ? 0 : reached.get(reached.size() - 1).step().certainty();
    }
}
