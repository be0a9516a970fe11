package dev.meridian.ml.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {

    private static final BoostedTrees.Options OPTIONS = new BoostedTrees.Options(60, 3, 0.1, 10, 1);

    /**
     * The relevant item (1, 1) lies inside the triangle of the others, (3, 0), (0, 3) and (0, 0): no linear score ranks
     * a point inside the others' convex hull first, but trees learn "both moderately high".
     */
    @Test
    void learnsAConjunctionThatALinearScoreCannotAndScoresOnlyFromTheirRows() throws Exception {
        var train = lists(new Random(1));
        var test = lists(new Random(2));
        var linear = ListwiseSoftmax.fit(train.rows, train.relevant,
                new SoftmaxRegression.Options(0.1, 30, 1, 0.05, 3));

        var trees = BoostedTrees.fit(train.rows, train.relevant, scores(linear, train.rows), OPTIONS);

        double linearOnly = topIsRelevant(row -> linear.margin(row), test);
        double boosted = topIsRelevant(row -> linear.margin(row) + trees.score(row), test);
        assertThat(linearOnly).isLessThan(0.3);
        assertThat(boosted).isGreaterThan(0.9);

        var bytes = new ByteArrayOutputStream();
        trees.writeTo(new DataOutputStream(bytes));
        var loaded = BoostedTrees.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (double[][] list : test.rows) {
            for (double[] row : list) {
                assertThat(loaded.score(row)).isEqualTo(trees.score(row));
            }
        }
        assertThat(loaded.trees()).isEqualTo(60);
    }

    private record Data(List<double[][]> rows, List<boolean[]> relevant) {
    }

    private static Data lists(Random random) {
        var rows = new ArrayList<double[][]>();
        var relevant = new ArrayList<boolean[]>();
        for (int q = 0; q < 80; q++) {
            var list = new double[12][3];
            for (int i = 0; i < list.length; i++) {
                list[i][2] = random.nextGaussian();
                if (i == 0) {
                    list[i][0] = 1 + 0.1 * random.nextGaussian();
                    list[i][1] = 1 + 0.1 * random.nextGaussian();
                } else if (i % 3 == 0) {
                    list[i][0] = 3 + 0.1 * random.nextGaussian();
                    list[i][1] = 0.1 * random.nextGaussian();
                } else if (i % 3 == 1) {
                    list[i][0] = 0.1 * random.nextGaussian();
                    list[i][1] = 0.1 * random.nextGaussian();
                } else {
                    list[i][0] = 0.1 * random.nextGaussian();
                    list[i][1] = 3 + 0.1 * random.nextGaussian();
                }
            }
            var flags = new boolean[list.length];
            flags[0] = true;
            rows.add(list);
            relevant.add(flags);
        }
        return new Data(rows, relevant);
    }

    private static List<double[]> scores(LinearModel model, List<double[][]> lists) {
        return lists.stream().map(list -> {
            var s = new double[list.length];
            for (int i = 0; i < list.length; i++) {
                s[i] = model.margin(list[i]);
            }
            return s;
        }).toList();
    }

    private static double topIsRelevant(java.util.function.ToDoubleFunction<double[]> score, Data data) {
        int hits = 0;
        for (int q = 0; q < data.rows.size(); q++) {
            var list = data.rows.get(q);
            int best = 0;
            for (int i = 1; i < list.length; i++) {
                best = score.applyAsDouble(list[i]) > score.applyAsDouble(list[best]) ? i : best;
            }
            hits += data.relevant.get(q)[best] ? 1 : 0;
        }
        return (double) hits / data.rows.size();
    }
}
