package io.opportunities.query.learning;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A learned chance of winning: L2-regularised logistic regression (LIBLINEAR's solver) over facts about a deal as
 * they stood at a point of its life, each a yes/no feature such as "owner: Darcel Schlecht" or "days in stage: 30
 * to 59 days". Each feature's weight is its effect on the log-odds of winning.
 */
final class WinModel {

    /** A deal's facts at a point, and, for training, whether it was won in the end. */
    record Example(List<String> features, boolean won) {
    }

    private static final double EPSILON = 0.001;

    static {
        Linear.disableDebugOutput();
    }

    /** The features seen in training and their columns, 1-based, in a fixed order. */
    private final Map<String, Integer> columns;
    private final Model model;
    /** The weight of each column towards a win, and the intercept's. */
    private final double[] weights;
    private final double intercept;

    private WinModel(Map<String, Integer> columns, Model model) {
        this.columns = columns;
        this.model = model;
        double[] raw = model.getFeatureWeights();
        // liblinear's weights favour its first label; the labels come in the order they were first met
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        this.weights = new double[columns.size()];
        for (int column = 0; column < columns.size(); column++) {
            weights[column] = sign * raw[column];
        }
        this.intercept = sign * raw[columns.size()] * model.getBias();
    }

    /**
     * Trains on the examples; empty when they cannot teach anything: none, or all of one outcome.
     *
     * @param regularisation LIBLINEAR's C: the smaller, the simpler the model
     */
    static Optional<WinModel> train(List<Example> examples, double regularisation) {
        if (examples.stream().map(Example::won).distinct().count() < 2) {
            return Optional.empty();
        }
        TreeSet<String> names = new TreeSet<>();
        examples.forEach(example -> names.addAll(example.features()));
        Map<String, Integer> columns = new TreeMap<>();
        names.forEach(name -> columns.put(name, columns.size() + 1));
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = columns.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = row(columns, examples.get(i).features());
            problem.y[i] = examples.get(i).won() ? 1 : 0;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, regularisation, EPSILON));
        return Optional.of(new WinModel(columns, model));
    }

    /** The chance of winning, 0 to 1, of a deal with these features; features not seen in training count nothing. */
    double probability(List<String> features) {
        double[] estimates = new double[2];
        Linear.predictProbability(model, row(columns, features), estimates);
        return model.getLabels()[0] == 1 ? estimates[0] : estimates[1];
    }

    /** Each feature seen in training and its weight toward a win, in the features' order. */
    Map<String, Double> weights() {
        Map<String, Double> byFeature = new TreeMap<>();
        columns.forEach((feature, column) -> byFeature.put(feature, weights[column - 1]));
        return byFeature;
    }

    /** The log-odds of winning of a deal with none of the features, unrounded. */
    double interceptLogOdds() {
        return intercept;
    }

    int features() {
        return columns.size();
    }

    /** A sparse row of ones in the features' columns, in column order, and the bias term last. */
    private static Feature[] row(Map<String, Integer> columns, List<String> features) {
        TreeSet<Integer> present = new TreeSet<>();
        features.forEach(feature -> {
            Integer column = columns.get(feature);
            if (column != null) {
                present.add(column);
            }
        });
        List<Feature> row = new ArrayList<>();
        present.forEach(column -> row.add(new FeatureNode(column, 1)));
        row.add(new FeatureNode(columns.size() + 1, 1));
        return row.toArray(Feature[]::new);
    }
}
