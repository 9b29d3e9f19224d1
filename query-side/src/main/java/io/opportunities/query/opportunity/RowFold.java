package io.opportunities.query.opportunity;

import io.opportunities.api.closingplan.OpportunityAssessed;
import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.api.opportunity.OpportunityOpened;

/**
 * How an event changes an opportunity row, the one fold that both the live projection and a replay as of a moment
 * use.
 *
 * @param baseCertainty     the ladder's certainty of a deal with no buying action yet
 * @param strategicQuestion the assessment question whose score says how strategic a deal is
 */
record RowFold(int baseCertainty, String strategicQuestion) {

    /** @param row the row so far; null before the opening, which makes it */
    OpportunityRow apply(OpportunityRow row, OpportunityEvent event, long version) {
        if (event instanceof OpportunityOpened opened) {
            return OpportunityRow.opened(opened, version, baseCertainty);
        }
        if (row == null) {
            throw new IllegalStateException("Event " + event.getClass().getSimpleName() + " for opportunity "
                    + event.opportunityId() + " arrived before the opportunity was opened");
        }
        if (event instanceof OpportunityAssessed assessed) {
            row.assessed(assessed, version, strategicQuestion);
        } else {
            row.apply(event, version);
        }
        return row;
    }
}
