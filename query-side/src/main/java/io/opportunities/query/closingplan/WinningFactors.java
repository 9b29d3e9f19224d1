package io.opportunities.query.closingplan;

import io.opportunities.api.closingplan.InfluencerGrade;
import io.opportunities.api.closingplan.Rating;
import io.opportunities.api.closingplan.Receptivity;
import io.opportunities.api.closingplan.StakeholderRole;
import io.opportunities.api.salesprocess.AssessmentQuestion;
import io.opportunities.api.salesprocess.SalesProcess;
import io.opportunities.api.salesprocess.WinningFactor;
import io.opportunities.query.closingplan.ClosingPlanDocument.Assessment;
import io.opportunities.query.closingplan.ClosingPlanDocument.Stakeholder;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 000's qualitative factors, shown beside the closing certainty as its explanation: whether the customer buys
 * (a compelling need, a valuable solution, committed decision makers) and whether they buy from us (a better vision
 * fit, higher value and better relationships than the competition). Each says what it rests on.
 */
final class WinningFactors {

    enum Verdict { YES, NO, UNCERTAIN, UNKNOWN }

    @Schema(name = "WinningFactorVerdict")
    record Factor(WinningFactor factor, Verdict verdict, String basis) {
    }

    /** The people whose commitment and relationship decide: approvers, decision makers, A-graded influencers. */
    private static final Set<StakeholderRole> DECIDERS = Set.of(StakeholderRole.APPROVER, StakeholderRole.DECISION_MAKER);

    private WinningFactors() {
    }

    static List<Factor> of(ClosingPlanDocument document, SalesProcess process) {
        return List.of(
                fromAnswers(WinningFactor.COMPELLING_NEED, document, process),
                fromAnswers(WinningFactor.VALUABLE_SOLUTION, document, process),
                committedDecisionMakers(document),
                betterVisionFit(document),
                fromAnswers(WinningFactor.HIGHER_VALUE, document, process),
                betterRelationships(document));
    }

    /** From the assessment questions the sales process ties to the factor: the mean of their scores. */
    private static Factor fromAnswers(WinningFactor factor, ClosingPlanDocument document, SalesProcess process) {
        List<String> basis = new ArrayList<>();
        int sum = 0;
        int count = 0;
        for (AssessmentQuestion question : process.assessmentQuestions()) {
            ClosingPlanDocument.Answer answer = document.answers.get(question.code());
            if (question.factor() == factor && answer != null) {
                sum += answer.score;
                count++;
                basis.add(question.code() + " scored " + answer.score + (answer.note == null ? "" : ": " + answer.note));
            }
        }
        if (count == 0) {
            return new Factor(factor, Verdict.UNKNOWN, "Not assessed yet.");
        }
        double mean = (double) sum / count;
        Verdict verdict = mean >= 4 ? Verdict.YES : mean <= 2 ? Verdict.NO : Verdict.UNCERTAIN;
        return new Factor(factor, verdict, String.join("; ", basis) + ".");
    }

    private static Factor committedDecisionMakers(ClosingPlanDocument document) {
        List<Stakeholder> deciders = document.stakeholders.stream()
                .filter(person -> person.active() && DECIDERS.contains(person.role)).toList();
        if (deciders.isEmpty()) {
            return new Factor(WinningFactor.COMMITTED_DECISION_MAKERS, Verdict.UNKNOWN,
                    "No approver or decision maker identified.");
        }
        List<String> committed = new ArrayList<>();
        List<String> against = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Stakeholder person : deciders) {
            Optional<Assessment> stance = person.current();
            if (stance.isEmpty()) {
                open.add(person.name + " not assessed");
            } else if (stance.get().relationship < 0 || stance.get().receptivity == Receptivity.O
                    || stance.get().receptivity == Receptivity.I) {
                against.add(person.name + " (receptivity " + stance.get().receptivity + ", relationship "
                        + signed(stance.get().relationship) + ")");
            } else if (stance.get().relationship >= 1 && person.personalWin != null && !person.personalWin.isBlank()) {
                committed.add(person.name + " (personal win: " + person.personalWin + ")");
            } else {
                open.add(person.name + " without a personal win or a positive relationship yet");
            }
        }
        Verdict verdict = !against.isEmpty() ? Verdict.NO : open.isEmpty() ? Verdict.YES : Verdict.UNCERTAIN;
        List<String> basis = new ArrayList<>();
        if (!committed.isEmpty()) basis.add("Committed: " + String.join(", ", committed));
        if (!against.isEmpty()) basis.add("Not committed: " + String.join(", ", against));
        if (!open.isEmpty()) basis.add("Open: " + String.join(", ", open));
        return new Factor(WinningFactor.COMMITTED_DECISION_MAKERS, verdict, String.join(". ", basis) + ".");
    }

    /** From the push/block ratings: on how many key points we lead the best competitor, and on how many we trail. */
    private static Factor betterVisionFit(ClosingPlanDocument document) {
        int lead = 0;
        int trail = 0;
        int even = 0;
        for (ClosingPlanDocument.KeyPoint keyPoint : document.keyPoints) {
            KeyPointPosition position = KeyPointPosition.of(keyPoint);
            switch (position) {
                case LEAD -> lead++;
                case BEHIND -> trail++;
                case EVEN -> even++;
                default -> { }
            }
        }
        if (lead + trail + even == 0) {
            return new Factor(WinningFactor.BETTER_VISION_FIT, Verdict.UNKNOWN, "No key point rated against a competitor yet.");
        }
        Verdict verdict = lead > trail ? Verdict.YES : trail > lead ? Verdict.NO : Verdict.UNCERTAIN;
        return new Factor(WinningFactor.BETTER_VISION_FIT, verdict,
                "We lead on " + lead + ", are even on " + even + " and trail on " + trail + " rated key point(s).");
    }

    /** From the deciders' relationship to us and whether a competitor counts them among its allies. */
    private static Factor betterRelationships(ClosingPlanDocument document) {
        List<Stakeholder> deciders = document.stakeholders.stream()
                .filter(person -> person.active() && (DECIDERS.contains(person.role)
                        || person.role == StakeholderRole.INFLUENCER && person.influencerGrade == InfluencerGrade.A))
                .toList();
        List<String> allies = new ArrayList<>();
        int sum = 0;
        int assessed = 0;
        for (Stakeholder person : deciders) {
            document.competitors.stream().filter(competitor -> competitor.allies.contains(person.stakeholderId))
                    .forEach(competitor -> allies.add(person.name + " sides with " + competitor.name));
            Optional<Assessment> stance = person.current();
            if (stance.isPresent()) {
                sum += stance.get().relationship;
                assessed++;
            }
        }
        if (assessed == 0 && allies.isEmpty()) {
            return new Factor(WinningFactor.BETTER_RELATIONSHIPS, Verdict.UNKNOWN,
                    "No approver, decision maker or A influencer assessed yet.");
        }
        double mean = assessed == 0 ? 0 : (double) sum / assessed;
        Verdict verdict = !allies.isEmpty() && mean <= 0 || mean < 0 ? Verdict.NO
                : allies.isEmpty() && mean >= 1 ? Verdict.YES : Verdict.UNCERTAIN;
        String basis = assessed == 0 ? "None of the deciders assessed" : String.format(java.util.Locale.ROOT,
                "Mean relationship of %d assessed decider(s): %+.1f", assessed, mean);
        return new Factor(WinningFactor.BETTER_RELATIONSHIPS, verdict,
                basis + (allies.isEmpty() ? "; no decider is a competitor's ally." : "; " + String.join(", ", allies) + "."));
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    /** Where we stand on a key point against the best-rated competitor. */
    enum KeyPointPosition {
        LEAD, EVEN, BEHIND, UNRATED;

        static KeyPointPosition of(ClosingPlanDocument.KeyPoint keyPoint) {
            if (keyPoint.ourRating == null || keyPoint.competitorRatings.isEmpty()) {
                return UNRATED;
            }
            Rating best = keyPoint.competitorRatings.values().stream()
                    .max(Enum::compareTo).orElseThrow();
            int comparison = keyPoint.ourRating.compareTo(best);
            return comparison > 0 ? LEAD : comparison < 0 ? BEHIND : EVEN;
        }
    }
}
