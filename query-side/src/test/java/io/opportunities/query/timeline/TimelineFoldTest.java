package io.opportunities.query.timeline;

import io.opportunities.api.opportunity.*;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.opportunities.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Events into timeline entries, entries folded into a deal as of a day and a time, and into its stage path. */
class TimelineFoldTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    /** Opened 10-01, qualified 10-02, met the decision maker 10-03 (20 %), advanced 10-04, slipped 10-10 (one hour
     * later recorded: the key issues agreed on 10-03, 40 %), moved back 10-12, lost 10-20. */
    private static List<TimelineEntry> entries() {
        List<OpportunityEvent> events = List.of(opened(), qualified(),
                buyingAction("ba-1", "DECISION_MAKER_CONTACTED", "2026-10-03"),
                certaintyChanged(10, 20, "ba-1", "2026-10-03"),
                advanced("IDENTIFY", "UNDERSTAND_NEED", "2026-10-04"),
                new ExpectedCloseDateMoved(ID, day("2027-03-31"), day("2027-06-30"), "Budget later", REP, NOW,
                        day("2026-10-10")),
                new BuyingActionRecorded(ID, "ba-2", "KEY_ISSUES_AGREED", "agreed", "minutes", REP, LATER,
                        day("2026-10-03")),
                new io.opportunities.api.closingplan.ClosingCertaintyChanged(ID, 20, 40, "Key issues agreed",
                        List.of("ba-2"), REP, LATER, day("2026-10-03")),
                new StageMovedBack(ID, "UNDERSTAND_NEED", "IDENTIFY", "New need", REP, LATER, day("2026-10-12")),
                new OpportunityLost(ID, LossReason.PRICE, "too dear", "Initech", "IDENTIFY", REP, LATER,
                        day("2026-10-20")));
        List<TimelineEntry> entries = new ArrayList<>();
        for (int version = 0; version < events.size(); version++) {
            TimelineEntry.of(events.get(version), version, 10).ifPresent(entries::add);
        }
        return entries;
    }

    private static DealState fold(LocalDate asOf, Instant knownAt) {
        DealState state = new DealState(ID, REP, "Acme", "Fleet telematics", "GTX Pro");
        Moment moment = new Moment(asOf, knownAt);
        entries().stream().filter(entry -> moment.includes(entry.occurredOn(), entry.recordedAt()))
                .forEach(state::apply);
        if (asOf != null) {
            state.certaintyFromLadder(PROCESS.certaintyLadder());
        }
        return state;
    }

    @Test
    void everyEventThatMovesTheFiguresMakesAnEntry() {
        assertThat(entries()).extracting(TimelineEntry::change).containsExactly(
                TimelineEntry.Change.OPENED, TimelineEntry.Change.QUALIFIED,
                TimelineEntry.Change.BUYING_ACTION_RECORDED, TimelineEntry.Change.CERTAINTY_CHANGED,
                TimelineEntry.Change.STAGE_ADVANCED, TimelineEntry.Change.CLOSE_DATE_MOVED,
                TimelineEntry.Change.BUYING_ACTION_RECORDED, TimelineEntry.Change.CERTAINTY_CHANGED,
                TimelineEntry.Change.STAGE_MOVED_BACK, TimelineEntry.Change.LOST);
        assertThat(entries().get(5).previousExpectedCloseOn()).isEqualTo(day("2027-03-31"));
        assertThat(entries().get(5).reason()).isEqualTo("Budget later");
    }

    @Test
    void theLiveFold_isTheLastState() {
        DealState state = fold(null, null);

        assertThat(state.status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(state.probability()).isZero();
        assertThat(state.certainty()).isEqualTo(40);
        assertThat(state.expectedCloseOn()).isEqualTo(day("2027-06-30"));
        assertThat(state.closedOn()).isEqualTo(day("2026-10-20"));
        assertThat(state.version()).isEqualTo(9);
    }

    @Test
    void asItWas_includesTheLateFact_asItWasKnown_doesNot() {
        DealState asItWas = fold(day("2026-10-05"), null);
        DealState asKnown = fold(day("2026-10-05"), NOW);

        assertThat(asItWas.stage()).isEqualTo("UNDERSTAND_NEED");
        assertThat(asItWas.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(asItWas.probability()).isEqualTo(40);
        assertThat(asItWas.expectedCloseOn()).isEqualTo(day("2027-03-31"));
        assertThat(asKnown.probability()).isEqualTo(20);
    }

    @Test
    void asOfADay_theCertaintyRestsOnlyOnTheBuyingActionsOfThatDay() {
        DealState beforeAnyBuyingAction = fold(day("2026-10-02"), null);

        assertThat(beforeAnyBuyingAction.stage()).isEqualTo("IDENTIFY");
        assertThat(beforeAnyBuyingAction.qualified()).isTrue();
        assertThat(beforeAnyBuyingAction.probability()).isEqualTo(10);
        assertThat(fold(day("2026-09-30"), null).opened()).isFalse();
    }

    @Test
    void theStagePath_keepsEveryStayAndHowItEnded() {
        StagePath path = new StagePath();
        entries().forEach(path::apply);

        assertThat(path.stays()).containsExactly(
                new StagePath.Stay("IDENTIFY", day("2026-10-01"), day("2026-10-04"), StagePath.Exit.ADVANCED,
                        "UNDERSTAND_NEED"),
                new StagePath.Stay("UNDERSTAND_NEED", day("2026-10-04"), day("2026-10-12"), StagePath.Exit.MOVED_BACK,
                        "IDENTIFY"),
                new StagePath.Stay("IDENTIFY", day("2026-10-12"), day("2026-10-20"), StagePath.Exit.LOST, null));
        assertThat(path.stays()).extracting(StagePath.Stay::days).containsExactly(3L, 8L, 8L);
        assertThat(path.outcome()).isEqualTo(OpportunityStatus.LOST);
        assertThat(path.closedOn()).isEqualTo(day("2026-10-20"));
    }
}
