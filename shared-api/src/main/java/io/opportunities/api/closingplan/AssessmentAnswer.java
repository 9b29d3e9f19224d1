package io.opportunities.api.closingplan;

import org.jspecify.annotations.Nullable;

/**
 * The answer to one assessment question: a score from 1 (speaks against pursuing the deal) to 5 (speaks for it),
 * and the note that justifies it.
 */
public record AssessmentAnswer(String question,
                               int score,
                               @Nullable String note) {
}
