package io.opportunities.api.opportunity;

/** One of seed 001's qualification criteria: whether it is met, and the note that shows why. */
public record QualificationCriterion(boolean met, String note) {
}
