package dev.meridian.ml.learn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Length-prefixed double arrays in {@code DataOutput} form: exact bits, so a loaded model predicts identically. */
public final class Vectors {

    private Vectors() {
    }

    public static void write(DataOutput out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    public static double[] read(DataInput in) throws IOException {
        var values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
