package dev.meridian.ml.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    private static final double[][] CENTRES = {{0, 0}, {4, 0}, {0, 4}};

    @Test
    void separatesThreeClasses() {
        var data = blobs(300, 1);

        var model = SoftmaxRegression.fit(data.rows, data.labels, 3, ones(300), SoftmaxRegression.Options.defaults());

        assertThat(accuracy(model, blobs(90, 2))).isGreaterThan(0.95);
    }

    @Test
    void classWeightsMakeARareClassPredicted() {
        var data = blobs(300, 3);
        var rare = new boolean[300];
        for (int i = 0; i < 300; i++) {
            rare[i] = data.labels[i] == 2 && i % 10 != 0;
        }
        var rows = filter(data.rows, rare);
        var labels = Arrays.stream(filter(data.labels, rare)).toArray();
        var weights = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            weights[i] = labels[i] == 2 ? 10 : 1;
        }

        var model = SoftmaxRegression.fit(rows, labels, 3, weights, SoftmaxRegression.Options.defaults());

        assertThat(predict(model, CENTRES[2])).isEqualTo(2);
    }

    @Test
    void warmStartLearnsANewBoundaryFromNewRecordsOnly() {
        var old = blobs(300, 4);
        var model = SoftmaxRegression.fit(old.rows, old.labels, 3, ones(300), SoftmaxRegression.Options.defaults());
        var shifted = blobs(90, 5);
        for (double[] row : shifted.rows) {
            row[0] += 2;
        }

        var warm = SoftmaxRegression.warmStart(model, shifted.rows, shifted.labels, ones(90),
                SoftmaxRegression.Options.defaults().withEpochs(15));

        assertThat(accuracy(warm, shifted)).isGreaterThanOrEqualTo(accuracy(model, shifted));
        assertThat(accuracy(warm, shifted)).isGreaterThan(0.9);
        assertThat(warm.weights()).isNotEqualTo(model.weights());
    }

    private record Data(double[][] rows, int[] labels) {
    }

    private static Data blobs(int n, long seed) {
        var random = new Random(seed);
        var rows = new double[n][];
        var labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            rows[i] = new double[] {CENTRES[labels[i]][0] + random.nextGaussian() * 0.7,
                    CENTRES[labels[i]][1] + random.nextGaussian() * 0.7};
        }
        return new Data(rows, labels);
    }

    private static double accuracy(LinearModel model, Data data) {
        int hits = 0;
        for (int i = 0; i < data.rows.length; i++) {
            hits += predict(model, data.rows[i]) == data.labels[i] ? 1 : 0;
        }
        return (double) hits / data.rows.length;
    }

    private static int predict(LinearModel model, double[] row) {
        var p = model.probabilities(row);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    private static double[] ones(int n) {
        var w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    private static double[][] filter(double[][] rows, boolean[] drop) {
        return java.util.stream.IntStream.range(0, rows.length).filter(i -> !drop[i]).mapToObj(i -> rows[i])
                .toArray(double[][]::new);
    }

    private static int[] filter(int[] labels, boolean[] drop) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> !drop[i]).map(i -> labels[i]).toArray();
    }
}
