package io.opportunities.command.opportunity;

import io.opportunities.api.opportunity.AdvanceStage;
import io.opportunities.api.opportunity.MoveBackStage;
import io.opportunities.api.opportunity.StageAdvanced;
import io.opportunities.api.opportunity.StageMovedBack;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the deal stands in the sales process and what the customer verifiably did: the facts a stage move is
 * decided on. A deal moves forwards only when the exit criteria of every stage it leaves are on record as buying
 * actions (and it is qualified where the process asks for it); it may move back at any time, with a reason.
 */
final class StageMoves {

    private String stage;
    private boolean qualified;
    /** Ids of the recorded buying actions by type, in the order they were recorded. */
    private final Map<String, List<String>> buyingActions = new HashMap<>();

    String stage() {
        return stage;
    }

    StageAdvanced advance(AdvanceStage command, SalesProcess process) {
        Stage target = known(command.toStage(), process);
        if (process.positionOf(target.code()) <= process.positionOf(stage)) {
            throw OpportunityRejected.notForward(stage, target.code());
        }
        if (!qualified && process.qualificationRequired(stage, target.code())) {
            throw OpportunityRejected.qualificationRequired(stage);
        }
        List<String> missing = process.missingExitCriteria(stage, target.code(), buyingActions.keySet());
        if (!missing.isEmpty()) {
            throw OpportunityRejected.exitCriteriaMissing(target.code(), missing);
        }
        List<String> evidence = process.stagesLeft(stage, target.code()).stream()
                .flatMap(left -> left.exitCriteria().stream())
                .distinct()
                .map(criterion -> buyingActions.get(criterion).get(0))
                .toList();
        return new StageAdvanced(command.opportunityId(), stage, target.code(), evidence,
                command.recordedBy(), command.recordedAt(), command.occurredOn());
    }

    StageMovedBack moveBack(MoveBackStage command, SalesProcess process) {
        Stage target = known(command.toStage(), process);
        if (process.positionOf(target.code()) >= process.positionOf(stage)) {
            throw OpportunityRejected.notBackward(stage, target.code());
        }
        return new StageMovedBack(command.opportunityId(), stage, target.code(), command.reason(),
                command.recordedBy(), command.recordedAt(), command.occurredOn());
    }

    private static Stage known(String code, SalesProcess process) {
        return process.stage(code).orElseThrow(() -> OpportunityRejected.unknownStage(code));
    }

    void entered(String newStage) {
        stage = newStage;
    }

    void qualified() {
        qualified = true;
    }

    void buyingActionRecorded(String type, String buyingActionId) {
        buyingActions.computeIfAbsent(type, key -> new ArrayList<>()).add(buyingActionId);
    }
}
