package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.ClosingCertaintyChanged;
import io.opportunities.api.opportunity.RecordBuyingAction;
import io.opportunities.api.salesprocess.CertaintyLadder;
import io.opportunities.api.salesprocess.CertaintyLadder.Evidence;
import io.opportunities.api.salesprocess.CertaintyLadder.Standing;
import io.opportunities.api.salesprocess.CertaintyStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the deal stands on the closing-certainty ladder, as far as the opportunity's rules need it: the buying actions
 * on record by type, and whether a manual certainty overrides the ladder's.
 */
final class ClosingCertainty {

    private final Map<String, List<String>> buyingActionsByType = new LinkedHashMap<>();
    private boolean overridden;

    /** Rejects a buying action that would verify a step whose required person the buying centre lacks. */
    void requireRolesFor(String buyingActionType, CertaintyLadder ladder, BuyingCentre buyingCentre) {
        for (CertaintyStep step : ladder.stepsVerifiedBy(buyingActionType)) {
            if (step.requiresRole() != null && !buyingCentre.hasActive(step.requiresRole())) {
                throw OpportunityRejected.roleNotIdentified(step.requiresRole(), step.certainty(), buyingActionType);
            }
        }
    }

    Standing standing(CertaintyLadder ladder) {
        return ladder.standing(buyingActionsByType);
    }

    /**
     * The change the buying action just recorded made on the ladder, if any: the new certainty, the milestone now
     * reached and the buying actions that verify the steps newly reached.
     */
    Optional<ClosingCertaintyChanged> changeAfter(RecordBuyingAction command, Standing before, CertaintyLadder ladder) {
        Standing after = standing(ladder);
        if (after.certainty() == before.certainty()) {
            return Optional.empty();
        }
        List<String> verifiedBy = new ArrayList<>();
        for (Evidence evidence : after.reached()) {
            if (evidence.step().certainty() > before.certainty()) {
                evidence.buyingActionIds().stream().filter(id -> !verifiedBy.contains(id)).forEach(verifiedBy::add);
            }
        }
        String milestone = after.top().map(top -> top.step().milestone()).orElse(null);
        return Optional.of(new ClosingCertaintyChanged(command.opportunityId(), before.certainty(), after.certainty(),
                milestone, verifiedBy, command.recordedBy(), command.recordedAt(), command.occurredOn()));
    }

    boolean overridden() {
        return overridden;
    }

    void buyingActionRecorded(String type, String buyingActionId) {
        buyingActionsByType.computeIfAbsent(type, key -> new ArrayList<>()).add(buyingActionId);
    }

    void overridden(boolean manual) {
        overridden = manual;
    }
}
