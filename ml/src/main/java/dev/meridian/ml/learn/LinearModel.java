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

    public double margin(double[] rawFeatures) {
        var logits = logits(standardizer.apply(rawFeatures));
        return logits[1] - logits[0];
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
