package dev.meridian.ml.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListwiseSoftmaxTest {

    private static final SoftmaxRegression.Options OPTIONS = new SoftmaxRegression.Options(0.1, 30, 1, 0.05, 3);

    @Test
    void learnsWhichFeatureMarksTheRelevantItemOfEachList() {
        var data = lists(new Random(1), 0);

        var model = ListwiseSoftmax.fit(data.rows, data.relevant, OPTIONS);

        assertThat(topIsRelevant(model, lists(new Random(2), 0))).isGreaterThan(0.9);
    }

    @Test
    void warmStartAdaptsWhenTheTellingFeatureChanges() {
        var model = ListwiseSoftmax.fit(lists(new Random(1), 0).rows, lists(new Random(1), 0).relevant, OPTIONS);
        var changed = lists(new Random(3), 1);

        var warm = ListwiseSoftmax.warmStart(model, changed.rows, changed.relevant, OPTIONS);

        assertThat(topIsRelevant(warm, lists(new Random(4), 1)))
                .isGreaterThan(topIsRelevant(model, lists(new Random(4), 1)));
    }

    private record Data(List<double[][]> rows, List<boolean[]> relevant) {
    }

    /** Lists of 10 items with 3 noise features; the relevant item (index 0) is 4 sd higher on feature {@code telling}. */
    private static Data lists(Random random, int telling) {
        var rows = new ArrayList<double[][]>();
        var relevant = new ArrayList<boolean[]>();
        for (int q = 0; q < 60; q++) {
            var list = new double[10][3];
            for (double[] item : list) {
                for (int j = 0; j < 3; j++) {
                    item[j] = random.nextGaussian();
                }
            }
            list[0][telling] += 4;
            var flags = new boolean[10];
            flags[0] = true;
            rows.add(list);
            relevant.add(flags);
        }
        return new Data(rows, relevant);
    }

    private static double topIsRelevant(LinearModel model, Data data) {
        int hits = 0;
        for (double[][] list : data.rows) {
            int best = 0;
            for (int i = 1; i < list.length; i++) {
                best = model.margin(list[i]) > model.margin(list[best]) ? i : best;
            }
            hits += best == 0 ? 1 : 0;
        }
        return (double) hits / data.rows.size();
    }
}
