package io.opportunities.query.history;

import io.opportunities.api.closingplan.*;
import io.opportunities.api.opportunity.ClosingPlanEvent;
import io.opportunities.api.salesprocess.SalesProcess;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.opportunities.query.history.HistoryDescriptions.words;

/**
 * Says in one sentence what a closing-plan event means. Events name people, competitors, key points and actions by
 * id; {@code names} gives the name the timeline shows for an id of the same opportunity.
 */
final class ClosingPlanDescriptions {

    private final SalesProcess process;

    ClosingPlanDescriptions(SalesProcess process) {
        this.process = process;
    }

    /** The id an event gives a name to, and that name, so later events can say who or what they are about. */
    static Map.Entry<String, String> namedBy(ClosingPlanEvent event) {
        if (event instanceof StakeholderIdentified identified) {
            return Map.entry(identified.stakeholderId(), identified.name());
        }
        if (event instanceof CompetitorRecorded recorded) {
            return Map.entry(recorded.competitorId(), recorded.name());
        }
        if (event instanceof KeyPointRecorded recorded) {
            return Map.entry(recorded.keyPointId(), recorded.criterion());
        }
        if (event instanceof ClosingActionPlanned planned) {
            return Map.entry(planned.actionId(), planned.what());
        }
        if (event instanceof RiskRecorded recorded) {
            return Map.entry(recorded.riskId(), recorded.description());
        }
        if (event instanceof InformationGapRecorded recorded) {
            return Map.entry(recorded.informationGapId(), recorded.question());
        }
        if (event instanceof InternalDecisionRequested requested) {
            return Map.entry(requested.internalDecisionId(), requested.question());
        }
        return null;
    }

    String describe(ClosingPlanEvent event, Function<String, String> names) {
        if (event instanceof StakeholderIdentified identified) {
            return "Identified " + identified.name() + (identified.title() == null ? "" : ", " + identified.title())
                    + ", as " + words(identified.role())
                    + (identified.influencerGrade() == null ? "" : " (grade " + identified.influencerGrade() + ")")
                    + optional(". Business goal: ", identified.businessGoal())
                    + optional(". Challenge: ", identified.businessChallenge())
                    + optional(". Personal win: ", identified.personalWin()) + ".";
        }
        if (event instanceof StakeholderAssessed assessed) {
            return "Assessed " + names.apply(assessed.stakeholderId()) + ": receptivity " + assessed.receptivity()
                    + ", influence " + assessed.influence() + ", relationship " + signed(assessed.relationship())
                    + optional(". ", assessed.note()) + ".";
        }
        if (event instanceof StakeholderRemoved removed) {
            return "Removed " + names.apply(removed.stakeholderId()) + " from the buying centre ("
                    + words(removed.removal()) + "): " + removed.reason();
        }
        if (event instanceof CompetitorRecorded recorded) {
            return "Competitor " + recorded.name() + optional(". Strengths: ", recorded.strengths())
                    + optional(". Weaknesses: ", recorded.weaknesses())
                    + (recorded.allies().isEmpty() ? "" : ". Allies: " + join(recorded.allies(), names)) + ".";
        }
        if (event instanceof KeyPointRecorded recorded) {
            return "Key point " + recorded.criterion() + optional(", bottom line ", recorded.bottomLine())
                    + (recorded.holders().isEmpty() ? "" : "; " + recorded.holders().stream()
                    .map(holder -> words(holder.stance()) + " by " + names.apply(holder.stakeholderId())
                            + " (influence " + holder.influence() + ")")
                    .collect(Collectors.joining(", "))) + ".";
        }
        if (event instanceof KeyPointRated rated) {
            String competitors = rated.competitorRatings().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(rating -> names.apply(rating.getKey()) + " " + words(rating.getValue()))
                    .collect(Collectors.joining(", "));
            return "Rated on " + names.apply(rated.keyPointId()) + ": "
                    + (rated.ourRating() == null ? "" : "us " + words(rated.ourRating()))
                    + (rated.ourRating() != null && !competitors.isEmpty() ? ", " : "") + competitors
                    + optional(". ", rated.note()) + ".";
        }
        if (event instanceof OpportunityAssessed assessed) {
            return "Assessed: " + assessed.answers().stream()
                    .map(answer -> process.assessmentQuestion(answer.question()).map(q -> q.text())
                            .orElse(answer.question()) + " " + answer.score() + "/5")
                    .collect(Collectors.joining("; ")) + ".";
        }
        if (event instanceof SmartGoalSet set) {
            return "SMART goal: " + set.goal() + optional(", measured by ", set.measure()) + ", by " + set.dueOn() + ".";
        }
        if (event instanceof ClosingActionPlanned planned) {
            return "Planned " + words(planned.side()) + " action for " + planned.owner() + ", due " + planned.dueOn()
                    + ": " + planned.what() + ". Goal: " + planned.goal() + ". Influences "
                    + (planned.stakeholderId() == null ? words(planned.influences()) : names.apply(planned.stakeholderId()))
                    + (planned.strategy() == null ? "" : "; strategy " + words(planned.strategy()) + " on "
                    + names.apply(planned.keyPointId())) + ".";
        }
        if (event instanceof ClosingActionCompleted completed) {
            return "Action done (" + (completed.goalMet() ? "goal met" : "goal not met") + "): "
                    + names.apply(completed.actionId()) + ". Result: " + completed.result();
        }
        if (event instanceof ClosingActionCancelled cancelled) {
            return "Action cancelled: " + names.apply(cancelled.actionId()) + ". " + cancelled.reason();
        }
        if (event instanceof RiskRecorded recorded) {
            return "Risk (" + words(recorded.category()) + "): " + recorded.description();
        }
        if (event instanceof RiskMitigated mitigated) {
            return "Risk mitigated: " + names.apply(mitigated.riskId()) + ". " + mitigated.mitigation();
        }
        if (event instanceof InformationGapRecorded recorded) {
            return "Information missing: " + recorded.question();
        }
        if (event instanceof InformationGapClosed closed) {
            return "Information obtained: " + names.apply(closed.informationGapId()) + " " + closed.answer();
        }
        if (event instanceof InternalDecisionRequested requested) {
            return "Internal decision requested from " + requested.decidedBy() + ": " + requested.question();
        }
        if (event instanceof InternalDecisionRecorded recorded) {
            return "Internal decision made: " + names.apply(recorded.internalDecisionId()) + " " + recorded.decision();
        }
        if (event instanceof ClosingCertaintyChanged changed) {
            return "Closing certainty " + (changed.certainty() > changed.previousCertainty() ? "rose" : "fell")
                    + " from " + changed.previousCertainty() + " % to " + changed.certainty() + " %"
                    + optional(": ", changed.reachedMilestone()) + ".";
        }
        if (event instanceof ClosingCertaintyOverridden overridden) {
            return "Closing certainty overridden by hand: " + overridden.certainty() + " % instead of the ladder's "
                    + overridden.ladderCertainty() + " %. Reason: " + overridden.reason();
        }
        if (event instanceof ClosingCertaintyOverrideRemoved removed) {
            return "Manual closing certainty removed; the ladder's " + removed.ladderCertainty() + " % applies again. "
                    + "Reason: " + removed.reason();
        }
        if (event instanceof StakeholderPersonalDataErased) {
            return "A person's personal data was erased on request: their name and what was recorded about them read "
                    + StakeholderPersonalDataErased.ERASED + " from now on.";
        }
        return event.getClass().getSimpleName();
    }

    private static String join(List<String> ids, Function<String, String> names) {
        return ids.stream().map(names).collect(Collectors.joining(", "));
    }

    private static String optional(String prefix, String text) {
        return text == null || text.isBlank() ? "" : prefix + text;
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }
}
