package io.opportunities.query.learning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The learned model on worked examples. With one yes/no feature and almost no penalty, logistic regression finds the
 * shares of the data: deals with the feature won 3 of 4, deals without it 1 of 4, so it predicts 0.75 and 0.25,
 * with log-odds ln 3 = 1.0986 and ln 1/3 = -1.0986: the feature's weight is their difference, 2.1972.
 */
class WinModelTest {

    static List<WinModel.Example> examples() {
        List<WinModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            examples.add(new WinModel.Example(List.of("owner: ann"), true));
            examples.add(new WinModel.Example(List.of("owner: bob"), false));
        }
        examples.add(new WinModel.Example(List.of("owner: ann"), false));
        examples.add(new WinModel.Example(List.of("owner: bob"), true));
        return examples;
    }

    @Test
    void withAlmostNoPenalty_theModelFindsTheSharesOfTheData() {
        WinModel model = WinModel.train(examples(), 1000).orElseThrow();
        assertThat(model.probability(List.of("owner: ann"))).isCloseTo(0.75, within(0.005));
        assertThat(model.probability(List.of("owner: bob"))).isCloseTo(0.25, within(0.005));
        // both owners are features: ann raises the odds as much as bob lowers them, the intercept is 0
        assertThat(model.weights()).containsOnlyKeys("owner: ann", "owner: bob");
        assertThat(model.weights().get("owner: ann")).isCloseTo(1.0986, within(0.01));
        assertThat(Math.exp(model.weights().get("owner: ann"))).isCloseTo(3.0, within(0.03));
        assertThat(model.weights().get("owner: bob")).isCloseTo(-1.0986, within(0.01));
        assertThat(model.interceptLogOdds()).isCloseTo(0, within(0.01));
    }

    @Test
    void theOrderOfTheExamplesDoesNotChangeTheModel() {
        List<WinModel.Example> lostFirst = new ArrayList<>(examples());
        Collections.reverse(lostFirst);
        assertThat(lostFirst.get(0).won()).isTrue();
        lostFirst.add(0, lostFirst.remove(1)); // now a loss comes first
        assertThat(lostFirst.get(0).won()).isFalse();
        WinModel model = WinModel.train(lostFirst, 1000).orElseThrow();
        assertThat(model.probability(List.of("owner: ann"))).isCloseTo(0.75, within(0.005));
    }

    @Test
    void aPenaltyPullsThePredictionsTowardsEvenOdds_andAnUnknownFeatureCountsNothing() {
        WinModel strict = WinModel.train(examples(), 0.01).orElseThrow();
        double ann = strict.probability(List.of("owner: ann"));
        assertThat(ann).isGreaterThan(0.5).isLessThan(0.55);
        assertThat(strict.probability(List.of("owner: someone new"))).isCloseTo(0.5, within(0.005));
        assertThat(strict.weights()).doesNotContainKey("owner: someone new");
    }

    @Test
    void examplesOfOneOutcomeTeachNothing() {
        assertThat(WinModel.train(List.of(new WinModel.Example(List.of("owner: ann"), true)), 1)).isEmpty();
        assertThat(WinModel.train(List.of(), 1)).isEmpty();
    }
}
