package io.opportunities.api.opportunity;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The team's look back on a closed deal, in the parts of seed 001's win/loss review: what happened outside
 * (external activities and events), the tasks done, the data and information there was, the analysis made, the
 * decisions taken, the team's activities, the results, and the company's other activities that played a part; then
 * the strategies that worked, those that failed, and the action plan for the deals to come.
 */
public record WinLossRetrospective(@Nullable String externalEvents,
                                   @Nullable String tasks,
                                   @Nullable String dataAndInformation,
                                   String analysis,
                                   @Nullable String decisions,
                                   @Nullable String teamActivities,
                                   @Nullable String results,
                                   @Nullable String otherCompanyActivities,
                                   List<String> strategiesThatWorked,
                                   List<String> strategiesThatFailed,
                                   List<String> actionPlan) {

    public WinLossRetrospective {
        strategiesThatWorked = strategiesThatWorked == null ? List.of() : List.copyOf(strategiesThatWorked);
        strategiesThatFailed = strategiesThatFailed == null ? List.of() : List.copyOf(strategiesThatFailed);
        actionPlan = actionPlan == null ? List.of() : List.copyOf(actionPlan);
    }
}
