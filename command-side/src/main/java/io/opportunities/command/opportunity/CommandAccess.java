package io.opportunities.command.opportunity;

import io.opportunities.api.closingplan.EraseStakeholderPersonalData;
import io.opportunities.api.opportunity.OpportunityChange;
import io.opportunities.api.opportunity.RecordOpportunityReview;
import io.opportunities.api.opportunity.RecordWinLossReview;
import io.opportunities.platform.security.Actor;
import io.opportunities.platform.security.DealAccess;

import java.util.function.Function;

/**
 * Which of {@link DealAccess}'s rules a command on a deal answers to: a review to the manager's, a win/loss review
 * to the owner's or manager's, an erasure to the owner's or an administrator's, every other command to the owner's.
 * A sender who may not even see the deal is told it does not exist; one who may see it, that they may not do this.
 */
final class CommandAccess {

    private CommandAccess() {
    }

    static void require(OpportunityChange command, Actor actor, String opportunityId, String owner, DealAccess access) {
        boolean allowed;
        Function<String, OpportunityRejected> forbidden;
        if (command instanceof RecordOpportunityReview) {
            allowed = access.mayReview(actor, owner);
            forbidden = OpportunityRejected::notTheManager;
        } else if (command instanceof RecordWinLossReview) {
            allowed = access.mayRecordWinLossReview(actor, owner);
            forbidden = OpportunityRejected::notTheOwnerOrManager;
        } else if (command instanceof EraseStakeholderPersonalData) {
            allowed = access.mayErasePersonalData(actor, owner);
            forbidden = OpportunityRejected::notTheOwnerOrAdministrator;
        } else {
            allowed = access.mayChange(actor, owner);
            forbidden = OpportunityRejected::notTheOwner;
        }
        if (!allowed) {
            throw access.mayRead(actor, owner) ? forbidden.apply(opportunityId)
                    : OpportunityRejected.unknownOpportunity(opportunityId);
        }
    }
}
