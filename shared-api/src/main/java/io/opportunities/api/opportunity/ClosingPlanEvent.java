package io.opportunities.api.opportunity;

/**
 * A fact about an opportunity's closing plan. The events live in {@code io.opportunities.api.closingplan}; this
 * interface is non-sealed because a sealed hierarchy may span packages only inside a named module.
 */
public non-sealed interface ClosingPlanEvent extends OpportunityEvent {
}
