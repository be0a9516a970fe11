package dev.meridian.ml.learn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Centres and scales each feature by its training mean and standard deviation; constant features pass as 0. */
public record Standardizer(double[] mean, double[] scale) {

    public static Standardizer fit(double[][] rows) {
        int width = rows[0].length;
        var mean = new double[width];
        var scale = new double[width];
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                mean[j] += row[j] / rows.length;
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / rows.length;
            }
        }
        for (int j = 0; j < width; j++) {
            scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        }
        return new Standardizer(mean, scale);
    }

    public double[] apply(double[] row) {
        var out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - mean[j]) / scale[j];
        }
        return out;
    }

    public void writeTo(DataOutput out) throws IOException {
        Vectors.write(out, mean);
        Vectors.write(out, scale);
    }

    public static Standardizer readFrom(DataInput in) throws IOException {
        return new Standardizer(Vectors.read(in), Vectors.read(in));
    }
}
