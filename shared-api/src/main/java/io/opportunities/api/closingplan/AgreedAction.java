package io.opportunities.api.closingplan;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A closing-plan action agreed in an opportunity review: what, to what end, who, by when, how, internal or
 * external, and what it influences; optionally a strategy on a key point. It becomes a planned action of the
 * closing plan, like one planned on its own.
 */
public record AgreedAction(String actionId,
                           String what,
                           String goal,
                           String owner,
                           LocalDate dueOn,
                           @Nullable String method,
                           ActionSide side,
                           InfluenceTarget influences,
                           @Nullable String stakeholderId,
                           @Nullable String keyPointId,
                           @Nullable KeyPointStrategy strategy) {
}
