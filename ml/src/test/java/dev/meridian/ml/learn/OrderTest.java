package dev.meridian.ml.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final double[] SPECIAL = {-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e-300};

    @Test
    void ordersLargestFirstKeepingTiesInPlace() {
        double[] values = {0.5, 2, 0.5, -1, 2, 0.0, -0.0, Double.NaN};

        assertThat(Order.descending(values)).containsExactly(7, 1, 4, 0, 2, 5, 6, 3);
    }

    @Test
    void agreesWithAStableSortOfBoxedIndicesOnManyTies() {
        var random = new Random(3);
        for (int n : new int[] {0, 1, 17, 100, 2_503}) {
            var values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(10) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : (random.nextInt(40) - 20) / 4.0;
            }
            var expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> values[i]).reversed())
                    .mapToInt(Integer::intValue).toArray();

            assertThat(Order.descending(values)).containsExactly(expected);
        }
    }
}
