package io.opportunities.query.learning;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

import static io.opportunities.query.TestEvents.PROCESS;
import static io.opportunities.query.TestEvents.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The served model on the deals whose outcome the calendar foretells (see {@link BacktestTest}). */
class LearnedModelTest {

    static final LearnedModel MODEL = LearnedModel.fitOn(BacktestTest.calendarDeals(), day("2026-06-30"), PROCESS, 1.0, 730)
            .orElseThrow();

    static Snapshots.Snapshot openOn(String opportunityId, LocalDate day) {
        DealHistory deal = BacktestTest.calendarDeals().stream()
                .filter(each -> each.opportunityId().equals(opportunityId)).findFirst().orElseThrow();
        return new Snapshots(PROCESS).at(deal, day).orElseThrow();
    }

    @Test
    void theModelIsTrainedOnWhatWasKnown_upToTheLatestClose() {
        // nothing was learnt after the latest close
        LocalDate lastClose = BacktestTest.calendarDeals().stream()
                .map(deal -> deal.outcomeBy(day("2026-06-30")).orElseThrow().closedOn()).max(LocalDate::compareTo)
                .orElseThrow();
        assertThat(MODEL.cutoff()).isEqualTo(lastClose.plusDays(1));
        assertThat(MODEL.deals()).isEqualTo(1000);
        assertThat(MODEL.method()).startsWith("learned: timing");
        assertThat(MODEL.longestCycle()).isEqualTo(99);
    }

    @Test
    void theExplanationGoesFromTheBaseRateToTheLearnedChance_oneFactAtATime() {
        Snapshots.Snapshot snapshot = openOn("999", day("2025-10-30"));
        List<Explanation.Step> steps = Explanation.of(MODEL, snapshot);
        assertThat(steps.get(0).fact()).isEqualTo("the average open deal");
        assertThat(steps.get(0).from()).isEqualByComparingTo(Reliability.fraction(MODEL.baseRate()));
        for (int step = 1; step < steps.size(); step++) {
            assertThat(steps.get(step).from()).isEqualByComparingTo(steps.get(step - 1).to());
        }
        assertThat(steps.get(steps.size() - 1).to())
                .isEqualByComparingTo(Reliability.fraction(MODEL.probability(snapshot)));
        // the facts of the timing model, each once, the one that moves it most first
        assertThat(steps.subList(1, steps.size())).extracting(Explanation.Step::fact)
                .containsExactlyInAnyOrder("stage: IDENTIFY", "days in stage: below 7 days",
                        "month of the quarter: first", "days to the quarter's end: 60 to 69 days");
        assertThat(steps.get(1).says()).contains(" it from ");
    }

    @Test
    void aDealOpenLongerThanAnyThatClosedIsSaidToBeStale_andGivenLittleChance_fromItsFewSnapshotsTaughtAsNotWon() {
        // deal 1000, open since 2025-01-01 and never closed, outlives the 99 days of the longest cycle in April
        DealHistory open = BacktestTest.deal("1000", day("2025-01-01"), null, false);
        List<DealHistory> deals = new java.util.ArrayList<>(BacktestTest.calendarDeals());
        deals.add(open);
        LearnedModel model = LearnedModel.fitOn(deals, day("2026-06-30"), PROCESS, 1.0, 730).orElseThrow();
        assertThat(model.stalePoints()).isPositive();
        Snapshots.Snapshot snapshot = new Snapshots(PROCESS).at(open, day("2025-11-10")).orElseThrow();
        assertThat(model.stale(snapshot)).isTrue();
        assertThat(model.probability(snapshot)).isLessThan(0.15).isLessThan(model.baseRate() / 2);
        WinProbability answer = WinProbability.of(snapshot, null, model, null);
        assertThat(answer.stale()).isTrue();
        assertThat(answer.unseenFacts()).isEmpty();
        assertThat(answer.note()).startsWith("Open 313 days, longer than any of the 1000 deals that closed before "
                + model.cutoff() + " (the longest: 99 days)");
        assertThat(answer.trainedOn().version()).isNull();
    }

    @Test
    void aFittedPredictorIsData_itReadsBackAsItWasStored() {
        JsonMapper json = JsonMapper.builder().build();
        String stored = json.writerFor(Predictor.class).writeValueAsString(MODEL.predictor());
        assertThat(stored).contains("\"kind\":\"logistic\"");
        Predictor read = json.readValue(stored, Predictor.class);
        for (String id : List.of("990", "995", "999")) {
            Snapshots.Snapshot snapshot = openOn(id, day("2025-10-30"));
            assertThat(read.probability(snapshot)).isCloseTo(MODEL.probability(snapshot), within(1e-12));
        }
        Predictor share = Predictors.OWNER.fit(MODEL.cutoff(), cutoff -> TrainingSet.at(cutoff,
                BacktestTest.calendarDeals(), List.of(), LocalDate.MIN));
        Predictor shareRead = json.readValue(json.writerFor(Predictor.class).writeValueAsString(share), Predictor.class);
        assertThat(shareRead).isEqualTo(share);
    }
}
