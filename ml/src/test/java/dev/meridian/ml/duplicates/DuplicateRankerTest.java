package dev.meridian.ml.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ml.learn.BoostedTrees;
import dev.meridian.ml.learn.LinearModel;
import dev.meridian.ml.learn.Order;
import dev.meridian.ml.learn.Standardizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateRankerTest {

    @Test
    void treesOnlyReorderTheLinearTopAndLeaveTheRestInLinearOrder() {
        int width = 4;
        var weights = new double[][] {new double[width + 1], {1, 0.5, 0, 0, 0}};
        var linear = new LinearModel(new Standardizer(new double[width], ones(width)), weights);
        var random = new Random(3);
        var lists = new ArrayList<double[][]>();
        var relevant = new ArrayList<boolean[]>();
        var base = new ArrayList<double[]>();
        for (int q = 0; q < 40; q++) {
            var list = rows(random, 20, width);
            var flags = new boolean[list.length];
            flags[random.nextInt(list.length)] = true; // the trees learn noise: they must still stay in the top
            lists.add(list);
            relevant.add(flags);
            base.add(Arrays.stream(list).mapToDouble(linear::margin).toArray());
        }
        var trees = BoostedTrees.fit(lists, relevant, base, new BoostedTrees.Options(20, 3, 0.5, 5, 1));
        var rows = rows(random, 200, width);

        var linearScores = new DuplicateRanker(linear).scores(rows);
        var boostedScores = new DuplicateRanker(linear, trees).scores(rows);

        var linearOrder = Order.descending(linearScores);
        var boostedOrder = Order.descending(boostedScores);
        assertThat(set(boostedOrder, 0, DuplicateRanker.RERANK)).isEqualTo(set(linearOrder, 0, DuplicateRanker.RERANK));
        assertThat(Arrays.copyOfRange(boostedOrder, DuplicateRanker.RERANK, rows.length))
                .containsExactly(Arrays.copyOfRange(linearOrder, DuplicateRanker.RERANK, rows.length));
        assertThat(Arrays.copyOf(boostedOrder, DuplicateRanker.RERANK))
                .isNotEqualTo(Arrays.copyOf(linearOrder, DuplicateRanker.RERANK));
    }

    private static double[][] rows(Random random, int n, int width) {
        var rows = new double[n][width];
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return rows;
    }

    private static double[] ones(int n) {
        var ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    private static HashSet<Integer> set(int[] order, int from, int to) {
        var set = new HashSet<Integer>();
        for (int i = from; i < to; i++) {
            set.add(order[i]);
        }
        return set;
    }
}
