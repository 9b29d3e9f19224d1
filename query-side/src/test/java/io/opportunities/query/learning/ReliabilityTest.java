package io.opportunities.query.learning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Brier score and the reliability table on a worked example: deal a, said 0.8 twice and won; deal b, said 0.8 and
 * lost; deal c, said 0.1 and lost, then 1.0 and won. Squares: 0.04, 0.04, 0.64, 0.01, 0: mean 0.73 / 5 = 0.146.
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
    }

    @Test
    void noPredictionsNoScore() {
        assertThat(Reliability.of(List.of()).brier()).isNull();
    }
}
