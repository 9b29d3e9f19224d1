package io.opportunities.query.closingplan;

import io.opportunities.api.salesprocess.AssessmentGroup;
import io.opportunities.api.salesprocess.AssessmentQuestion;
import io.opportunities.api.salesprocess.SalesProcess;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The qualification summary derived from the assessment (seed 000's six groups of questions): per group how many
 * questions are answered and their scores, the concerns (answers scored 1 or 2) and a verdict.
 * <ul>
 *     <li>{@code RECONSIDER}: a question scored 1, a showstopper.</li>
 *     <li>{@code INCOMPLETE}: otherwise, a group has no answer yet.</li>
 *     <li>{@code PURSUE_WITH_CONCERNS}: otherwise, a question scored 2.</li>
 *     <li>{@code PURSUE}: every group answered, no score below 3.</li>
 * </ul>
 */
record AssessmentSummary(Verdict verdict, List<GroupScore> groups, List<AnswerView> concerns,
                         List<String> unanswered) {

    enum Verdict { PURSUE, PURSUE_WITH_CONCERNS, INCOMPLETE, RECONSIDER }

    record GroupScore(AssessmentGroup group, int answered, int asked, @Nullable BigDecimal averageScore,
                      @Nullable Integer lowestScore) {
    }

    record AnswerView(String question, AssessmentGroup group, String text, @Nullable Integer score,
                      @Nullable String note, @Nullable LocalDate answeredOn, @Nullable String answeredBy) {
    }

    static AnswerView answer(AssessmentQuestion question, ClosingPlanDocument.Answer answer) {
        return answer == null
                ? new AnswerView(question.code(), question.group(), question.text(), null, null, null, null)
                : new AnswerView(question.code(), question.group(), question.text(), answer.score, answer.note,
                answer.answeredOn, answer.answeredBy);
    }

    static AssessmentSummary of(ClosingPlanDocument document, SalesProcess process) {
        List<GroupScore> groups = new ArrayList<>();
        List<AnswerView> concerns = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        boolean showstopper = false;
        boolean groupMissing = false;
        for (AssessmentGroup group : AssessmentGroup.values()) {
            List<AssessmentQuestion> asked = process.assessmentQuestions().stream()
                    .filter(question -> question.group() == group).toList();
            if (asked.isEmpty()) {
                continue;
            }
            List<Integer> scores = new ArrayList<>();
            for (AssessmentQuestion question : asked) {
                ClosingPlanDocument.Answer answer = document.answers.get(question.code());
                if (answer == null) {
                    unanswered.add(question.code());
                    continue;
                }
                scores.add(answer.score);
                if (answer.score <= 2) {
                    concerns.add(answer(question, answer));
                }
                showstopper |= answer.score == 1;
            }
            groupMissing |= scores.isEmpty();
            BigDecimal average = scores.isEmpty() ? null : BigDecimal.valueOf(scores.stream().mapToInt(i -> i).sum())
                    .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_EVEN);
            groups.add(new GroupScore(group, scores.size(), asked.size(), average,
                    scores.stream().min(Integer::compare).orElse(null)));
        }
        Verdict verdict = showstopper ? Verdict.RECONSIDER
                : groupMissing ? Verdict.INCOMPLETE
                : concerns.isEmpty() ? Verdict.PURSUE : Verdict.PURSUE_WITH_CONCERNS;
        return new AssessmentSummary(verdict, groups, concerns, unanswered);
    }
}
