package dev.meridian.ml.learn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A multinomial logistic (softmax) model over standardized features: one weight row per class, the bias last.
 * With two classes, {@link #margin} is the log-odds of class 1 and serves as a ranking score.
 */
public record LinearModel(Standardizer standardizer, double[][] weights) {

    public int classes() {
        return weights.length;
    }

    public int features() {
        return weights[0].length - 1;
    }

    public double[] probabilities(double[] rawFeatures) {
        return softmax(logits(standardizer.apply(rawFeatures)));
    }

    /**
     * {@code logits[1] - logits[0]} of the standardized features, in one pass and without allocating: the ranker calls
     * it for every candidate of every request. Each sum adds the same terms in the same order as {@link #logits}, so
     * the result is bit for bit the same.
     */
    public double margin(double[] rawFeatures) {
        double[] mean = standardizer.mean();
        double[] scale = standardizer.scale();
        double[] w0 = weights[0];
        double[] w1 = weights[1];
        double sum0 = w0[w0.length - 1];
        double sum1 = w1[w1.length - 1];
        for (int j = 0; j < rawFeatures.length; j++) {
            double z = (rawFeatures[j] - mean[j]) / scale[j];
            sum0 += w0[j] * z;
            sum1 += w1[j] * z;
        }
        return sum1 - sum0;
    }

    double[] logits(double[] standardized) {
        var logits = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            double[] w = weights[c];
            double sum = w[w.length - 1];
            for (int j = 0; j < standardized.length; j++) {
                sum += w[j] * standardized[j];
            }
            logits[c] = sum;
        }
        return logits;
    }

    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double total = 0;
        var p = new double[logits.length];
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            total += p[c];
        }
        for (int c = 0; c < logits.length; c++) {
            p[c] /= total;
        }
        return p;
    }

    public void writeTo(DataOutput out) throws IOException {
        standardizer.writeTo(out);
        out.writeInt(weights.length);
        for (double[] row : weights) {
            Vectors.write(out, row);
        }
    }

    public static LinearModel readFrom(DataInput in) throws IOException {
        var standardizer = Standardizer.readFrom(in);
        var weights = new double[in.readInt()][];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = Vectors.read(in);
        }
        return new LinearModel(standardizer, weights);
    }
}
