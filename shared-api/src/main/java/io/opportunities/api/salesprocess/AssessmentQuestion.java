package io.opportunities.api.salesprocess;

import org.jspecify.annotations.Nullable;

/**
 * A question for analysing an opportunity (seed 000), answered with a score from 1 (speaks against pursuing the
 * deal) to 5 (speaks for it) and a note.
 *
 * @param code      stable identifier used in events
 * @param group     which of seed 000's six groups it belongs to
 * @param sheetPart where the planning sheet shows the answer
 * @param text      the question
 * @param factor    the winning factor the answer explains, if any; may be null
 */
public record AssessmentQuestion(String code, AssessmentGroup group, PlanningSheetPart sheetPart, String text,
                                 @Nullable WinningFactor factor) {
}
