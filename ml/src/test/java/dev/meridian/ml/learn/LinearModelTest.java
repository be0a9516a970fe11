package dev.meridian.ml.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    @Test
    void marginIsBitForBitTheDifferenceOfTheTwoLogits() {
        var random = new Random(5);
        int width = 40;
        var mean = new double[width];
        var scale = new double[width];
        var weights = new double[2][width + 1];
        for (int j = 0; j < width; j++) {
            mean[j] = random.nextGaussian() * 3;
            scale[j] = j % 7 == 0 ? 1 : 0.01 + random.nextDouble() * 5;
            weights[0][j] = random.nextGaussian();
            weights[1][j] = random.nextGaussian();
        }
        weights[0][width] = 0.3;
        weights[1][width] = -1.7;
        var model = new LinearModel(new Standardizer(mean, scale), weights);

        for (int probe = 0; probe < 1_000; probe++) {
            var row = new double[width];
            for (int j = 0; j < width; j++) {
                row[j] = random.nextGaussian() * Math.pow(10, random.nextInt(6) - 3);
            }
            var logits = model.logits(model.standardizer().apply(row));

            assertThat(Double.doubleToRawLongBits(model.margin(row))).isEqualTo(Double.doubleToRawLongBits(logits[1] - logits[0]));
        }
    }
}
