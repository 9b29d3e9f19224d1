package io.opportunities.query.history;

import io.opportunities.api.opportunity.*;
import org.junit.jupiter.api.Test;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The history's sentences, as a sales manager reads them in the audited timeline. */
class HistoryDescriptionsTest {

    private final HistoryDescriptions descriptions = new HistoryDescriptions(PROCESS);

    @Test
    void theOpeningSaysForWhomWhatWorthWhenAndWhy() {
        assertThat(descriptions.describe(opened(), id -> id)).isEqualTo("Opened for Acme: Fleet telematics, worth 48000 EUR, "
                + "expected to close on 2027-03-31, owned by rita, in stage Identify. "
                + "Warning signal: change in people (New CIO).");
    }

    @Test
    void buyingActionsAndStageMovesUseTheProcesssNames() {
        assertThat(descriptions.describe(buyingAction("ba-1", "KEY_ISSUES_AGREED", "2026-10-03"), id -> id))
                .isEqualTo("Buying action: Key issues agreed. they did it Evidence: minutes");
        assertThat(descriptions.describe(advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"), id -> id))
                .isEqualTo("Advanced from Identify to Understand the need, exit criteria met by 1 recorded buying action(s).");
        assertThat(descriptions.describe(new StageMovedBack(ID, "UNDERSTAND_NEED", "IDENTIFY", "merger", REP, NOW,
                day("2026-10-09")), id -> id)).isEqualTo("Moved back from Understand the need to Identify: merger");
    }

    @Test
    void nextStepsSayWhatWasAgreedAndHowItTurnedOut() {
        assertThat(descriptions.describe(nextStep("ns", "2026-10-12", "2026-10-05"), id -> id))
                .isEqualTo("Next step agreed with Jane: Workshop ns, due 2026-10-12. Goal: Agree key issues");
        assertThat(descriptions.describe(new NextStepMissed(ID, "ns", "Jane was ill", REP, NOW, day("2026-10-12")), id -> id))
                .isEqualTo("Next step missed: Jane was ill");
        assertThat(descriptions.describe(new NextStepRescheduled(ID, "ns", day("2026-10-12"), day("2026-10-19"),
                "Jane was ill", REP, NOW, day("2026-10-12")), id -> id))
                .isEqualTo("Next step rescheduled from 2026-10-12 to 2026-10-19: Jane was ill");
    }

    @Test
    void aCloseDateMovedLaterIsASlipAndEarlierIsBroughtForward() {
        assertThat(descriptions.describe(new ExpectedCloseDateMoved(ID, day("2027-03-31"), day("2027-04-30"),
                "board", REP, NOW, day("2026-10-12")), id -> id))
                .isEqualTo("Expected close date slipped 30 day(s), from 2027-03-31 to 2027-04-30: board");
        assertThat(descriptions.describe(new ExpectedCloseDateMoved(ID, day("2027-03-31"), day("2027-03-21"),
                "urgent", REP, NOW, day("2026-10-12")), id -> id))
                .isEqualTo("Expected close date brought forward 10 day(s), from 2027-03-31 to 2027-03-21: urgent");
    }

    @Test
    void outcomesSayWhereAndWhy() {
        assertThat(descriptions.describe(new OpportunityLost(ID, LossReason.NO_BUDGET, null, null, "IDENTIFY", REP,
                NOW, day("2026-10-12")), id -> id)).isEqualTo("Lost in stage Identify, reason: no budget.");
        assertThat(descriptions.describe(new OpportunityWithdrawn(ID, WithdrawalKind.NO_DECISION, "frozen",
                "IDENTIFY", REP, NOW, day("2026-10-12")), id -> id)).isEqualTo("Withdrawn (no decision) in stage Identify: frozen");
        assertThat(descriptions.describe(new OpportunityReopened(ID, "back", "IDENTIFY", REP, NOW,
                day("2026-10-14")), id -> id)).isEqualTo("Reopened in stage Identify: back");
    }

    @Test
    void aReviewGivesTheFiveAnswersTheFindingsAndTheNextReview() {
        OpportunityReviewed reviewed = new OpportunityReviewed(ID, "r-1", "UNDERSTAND_NEED",
                new ReviewAnswers("Still the need", "Workshop held", "CFO not met", "Initech's price",
                        "Meet the CFO"), "Single-threaded", java.util.List.of("a-1", "a-2"), day("2026-11-30"),
                "maria", NOW, day("2026-11-16"));

        assertThat(descriptions.describe(reviewed, id -> id)).isEqualTo("Reviewed by maria in stage Understand the "
                + "need. Stage: Still the need. Agreed actions: Workshop held. Blocking: CFO not met. Could prevent "
                + "winning: Initech's price. Required to win: Meet the CFO. Findings: Single-threaded. 2 action(s) "
                + "agreed. Next review on 2026-11-30.");
    }
}
