package io.opportunities.api.opportunity;

/**
 * A command on an opportunity's closing plan: its buying centre, decision criteria, competitors, assessment,
 * actions, risks, information gaps, internal decisions and closing certainty. The commands live in
 * {@code io.opportunities.api.closingplan}; this interface is non-sealed because a sealed hierarchy may span
 * packages only inside a named module.
 */
public non-sealed interface ClosingPlanChange extends OpportunityChange {
}
