package dev.meridian.ml.learn;

import java.util.Random;

/**
 * Linear least squares with an L2 penalty (ridge), trained by mini-batch Adam on standardized features with Polyak
 * averaging over the second half of the epochs, like {@link SoftmaxRegression}. Minimizes
 * {@code (1/2n) Σ (w·x + b − y)² + (λ/2n) |w|²}. Returns a two-row {@link LinearModel} whose {@link LinearModel#margin}
 * is the prediction, so it serializes like every other model here.
 */
public final class RidgeRegression {

    private RidgeRegression() {
    }

    public static LinearModel fit(double[][] rows, double[] targets, SoftmaxRegression.Options options) {
        if (rows.length == 0 || rows.length != targets.length) {
            throw new IllegalArgumentException("Need as many targets as rows, and at least one");
        }
        var standardizer = Standardizer.fit(rows);
        var x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = standardizer.apply(rows[i]);
        }
        int width = rows[0].length;
        var w = new double[1][width + 1];
        double mean = 0;
        for (double y : targets) {
            mean += y / targets.length;
        }
        w[0][width] = mean;
        var adam = new Adam(w, options.learningRate());
        var gradient = new double[1][width + 1];
        var average = new double[width + 1];
        int averaged = 0;
        var order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        var random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < order.length; start += options.batchSize()) {
                int end = Math.min(order.length, start + options.batchSize());
                java.util.Arrays.fill(gradient[0], 0);
                for (int k = start; k < end; k++) {
                    var xi = x[order[k]];
                    double residual = w[0][width] - targets[order[k]];
                    for (int j = 0; j < width; j++) {
                        residual += w[0][j] * xi[j];
                    }
                    residual /= end - start;
                    for (int j = 0; j < width; j++) {
                        gradient[0][j] += residual * xi[j];
                    }
                    gradient[0][width] += residual;
                }
                double strength = options.l2() / order.length;
                for (int j = 0; j < width; j++) {
                    gradient[0][j] += strength * w[0][j];
                }
                adam.step(gradient);
            }
            if (epoch >= options.epochs() / 2) {
                averaged++;
                for (int j = 0; j <= width; j++) {
                    average[j] += (w[0][j] - average[j]) / averaged;
                }
            }
        }
        return new LinearModel(standardizer, new double[][] {new double[width + 1], average});
    }
}
