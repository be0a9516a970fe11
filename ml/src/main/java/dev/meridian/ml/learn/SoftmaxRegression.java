package dev.meridian.ml.learn;

import java.util.Random;

/**
 * Trains a {@link LinearModel} by mini-batch Adam on the weighted cross-entropy with an L2 penalty, returning the
 * average of the iterates over the second half of the epochs (Polyak averaging): the loss is convex, and averaging
 * removes most of the noise that a constant step size leaves in the last iterate, so results depend less on the
 * order of the data.
 * The penalty pulls toward a centre: zero for a fresh model, the previous weights for a warm start, so a few
 * epochs on new records adapt the model without forgetting what the old records taught it.
 */
public final class SoftmaxRegression {

    public record Options(double l2, int epochs, int batchSize, double learningRate, long seed) {

        public static Options defaults() {
            return new Options(1e-3, 40, 32, 0.01, 42);
        }

        public Options withEpochs(int newEpochs) {
            return new Options(l2, newEpochs, batchSize, learningRate, seed);
        }

        public Options withL2(double newL2) {
            return new Options(newL2, epochs, batchSize, learningRate, seed);
        }
    }

    private SoftmaxRegression() {
    }

    public static LinearModel fit(double[][] rows, int[] labels, int classes, double[] sampleWeights, Options options) {
        var standardizer = Standardizer.fit(rows);
        var weights = new double[classes][rows[0].length + 1];
        return train(standardizer, weights, new double[classes][rows[0].length + 1], rows, labels, sampleWeights, options);
    }

    /** Continues from {@code start} (same features and classes) on new rows only, keeping its standardization. */
    public static LinearModel warmStart(LinearModel start, double[][] rows, int[] labels, double[] sampleWeights,
                                        Options options) {
        return train(start.standardizer(), copy(start.weights()), copy(start.weights()), rows, labels, sampleWeights,
                options);
    }

    private static LinearModel train(Standardizer standardizer, double[][] weights, double[][] centre, double[][] rows,
                                     int[] labels, double[] sampleWeights, Options options) {
        var x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = standardizer.apply(rows[i]);
        }
        var model = new LinearModel(standardizer, weights);
        var adam = new Adam(weights, options.learningRate());
        var gradient = new double[weights.length][weights[0].length];
        var order = identity(rows.length);
        var random = new Random(options.seed());
        var average = new double[weights.length][weights[0].length];
        int averaged = 0;
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int start = 0; start < order.length; start += options.batchSize()) {
                int end = Math.min(order.length, start + options.batchSize());
                accumulate(model, x, labels, sampleWeights, order, start, end, gradient);
                addPenalty(weights, centre, options.l2() * (end - start) / order.length, gradient);
                adam.step(gradient);
            }
            if (epoch >= options.epochs() / 2) {
                averaged++;
                for (int c = 0; c < weights.length; c++) {
                    for (int j = 0; j < weights[c].length; j++) {
                        average[c][j] += (weights[c][j] - average[c][j]) / averaged;
                    }
                }
            }
        }
        return new LinearModel(standardizer, averaged == 0 ? weights : average);
    }

    private static void accumulate(LinearModel model, double[][] x, int[] labels, double[] sampleWeights,
                                   int[] order, int start, int end, double[][] gradient) {
        for (double[] row : gradient) {
            java.util.Arrays.fill(row, 0);
        }
        double batchWeight = 0;
        for (int k = start; k < end; k++) {
            batchWeight += sampleWeights[order[k]];
        }
        for (int k = start; k < end; k++) {
            int i = order[k];
            var p = LinearModel.softmax(model.logits(x[i]));
            double weight = sampleWeights[i] / batchWeight;
            for (int c = 0; c < p.length; c++) {
                double error = weight * (p[c] - (labels[i] == c ? 1 : 0));
                double[] g = gradient[c];
                for (int j = 0; j < x[i].length; j++) {
                    g[j] += error * x[i][j];
                }
                g[g.length - 1] += error;
            }
        }
    }

    private static void addPenalty(double[][] weights, double[][] centre, double strength, double[][] gradient) {
        for (int c = 0; c < weights.length; c++) {
            for (int j = 0; j < weights[c].length - 1; j++) {
                gradient[c][j] += strength * (weights[c][j] - centre[c][j]);
            }
        }
    }

    private static int[] identity(int n) {
        var order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static double[][] copy(double[][] weights) {
        var copy = new double[weights.length][];
        for (int c = 0; c < weights.length; c++) {
            copy[c] = weights[c].clone();
        }
        return copy;
    }
}
