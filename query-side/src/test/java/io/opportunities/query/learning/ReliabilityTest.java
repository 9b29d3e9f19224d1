package io.opportunities.query.learning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Brier score and the reliability table on a worked example: deal a, said 0.8 twice and won; deal b, said 0.8 and
 * lost; deal c, said 0.1 and lost, then 1.0 and won. Squares: 0.04, 0.04, 0.64, 0.01, 0: mean 0.73 / 5 = 0.146.
 * Log loss: -(ln 0.8 + ln 0.8 + ln 0.2 + ln 0.9 + ln 0.999) / 5 = 2.16209 / 5 (1.0 is held at 0.999).
 */
class ReliabilityTest {

    @Test
    void brierScoreAndBands() {
        Reliability reliability = Reliability.of(List.of(
                new Reliability.Prediction("a", 0.8, true), new Reliability.Prediction("a", 0.8, true),
                new Reliability.Prediction("b", 0.8, false), new Reliability.Prediction("c", 0.1, false),
                new Reliability.Prediction("c", 1.0, true)));

        assertThat(reliability.brier()).isEqualByComparingTo("0.1460");
        assertThat(reliability.predictions()).isEqualTo(5);
        assertThat(reliability.deals()).isEqualTo(3);
        assertThat(reliability.bands()).hasSize(10);
        Reliability.Band eighty = reliability.bands().get(8);
        assertThat(eighty.from()).isEqualByComparingTo("0.8");
        assertThat(eighty.predictions()).isEqualTo(3);
        assertThat(eighty.deals()).isEqualTo(2);
        assertThat(eighty.meanProbability()).isEqualByComparingTo("0.8000");
        assertThat(eighty.wonShare()).isEqualByComparingTo("0.6667");
        // 0.1 lies in the band from 0.1; 1.0 in the last band
        assertThat(reliability.bands().get(1).predictions()).isEqualTo(1);
        assertThat(reliability.bands().get(1).wonShare()).isEqualByComparingTo("0");
        assertThat(reliability.bands().get(9).predictions()).isEqualTo(1);
        assertThat(reliability.bands().get(0).meanProbability()).isNull();
        assertThat(reliability.bands().get(0).wonShareLow()).isNull();
    }

    @Test
    void logLossIntervalsAndTheShareWithinFivePoints() {
        Reliability reliability = Reliability.of(List.of(
                new Reliability.Prediction("a", 0.8, true), new Reliability.Prediction("a", 0.8, true),
                new Reliability.Prediction("b", 0.8, false), new Reliability.Prediction("c", 0.1, false),
                new Reliability.Prediction("c", 1.0, true)));

        assertThat(reliability.logLoss()).isEqualByComparingTo("0.4324");
        // 2 of 3 won: Wilson's 95 % interval (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), z = 1.96
        Reliability.Band eighty = reliability.bands().get(8);
        assertThat(eighty.wonShareLow()).isEqualByComparingTo("0.2077");
        assertThat(eighty.wonShareHigh()).isEqualByComparingTo("0.9385");
        // 0 of 1: from 0 to 0.7935; 1 of 1: from 0.2065 to 1
        assertThat(reliability.bands().get(1).wonShareLow()).isEqualByComparingTo("0");
        assertThat(reliability.bands().get(1).wonShareHigh()).isEqualByComparingTo("0.7935");
        assertThat(reliability.bands().get(9).wonShareLow()).isEqualByComparingTo("0.2065");
        assertThat(reliability.bands().get(9).wonShareHigh()).isEqualByComparingTo("1");
        // only the band of 1.0 (said 1.0, 1 of 1 won) lies within five points: 1 prediction of 5
        assertThat(reliability.withinFivePoints()).isEqualByComparingTo("0.2000");
    }

    @Test
    void noPredictionsNoScore() {
        assertThat(Reliability.of(List.of()).brier()).isNull();
    }
}
