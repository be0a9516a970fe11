package dev.meridian.ml.learn;

import java.util.List;
import java.util.Random;

/**
 * Learns a linear scoring function from ranked lists with the listwise softmax loss (ListNet top-1, as in
 * Cao et al. 2007): each list's relevant items should take the probability mass of a softmax over the list's scores.
 * This is the loss that matches Recall@1 and MRR; pairwise losses spend capacity on pairs far from the top.
 * Returns a two-class {@link LinearModel} whose margin is the score, so it serializes like any other.
 */
public final class ListwiseSoftmax {

    private ListwiseSoftmax() {
    }

    public static LinearModel fit(List<double[][]> lists, List<boolean[]> relevant, SoftmaxRegression.Options options) {
        int width = lists.get(0)[0].length;
        var standardizer = Standardizer.fit(lists.stream().flatMap(java.util.Arrays::stream).toArray(double[][]::new));
        var standardized = lists.stream().map(list -> java.util.Arrays.stream(list).map(standardizer::apply)
                .toArray(double[][]::new)).toList();
        return train(standardizer, new double[1][width + 1], new double[1][width + 1], standardized, relevant, options);
    }

    /** Continues from a model this class produced, on new lists only, pulled toward the old weights. */
    public static LinearModel warmStart(LinearModel start, List<double[][]> lists, List<boolean[]> relevant,
                                        SoftmaxRegression.Options options) {
        var standardizer = start.standardizer();
        var standardized = lists.stream().map(list -> java.util.Arrays.stream(list).map(standardizer::apply)
                .toArray(double[][]::new)).toList();
        var w = new double[][] {start.weights()[1].clone()};
        return train(standardizer, w, new double[][] {w[0].clone()}, standardized, relevant, options);
    }

    private static LinearModel train(Standardizer standardizer, double[][] w, double[][] centre, List<double[][]> lists,
                                     List<boolean[]> relevant, SoftmaxRegression.Options options) {
        int width = w[0].length - 1;
        var adam = new Adam(w, options.learningRate());
        var gradient = new double[1][width + 1];
        var average = new double[width + 1];
        int averaged = 0;
        var order = new java.util.ArrayList<Integer>();
        for (int i = 0; i < lists.size(); i++) {
            order.add(i);
        }
        var random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int q : order) {
                java.util.Arrays.fill(gradient[0], 0);
                addListGradient(w[0], lists.get(q), relevant.get(q), gradient[0]);
                for (int j = 0; j < width; j++) {
                    gradient[0][j] += options.l2() / lists.size() * (w[0][j] - centre[0][j]);
                }
                adam.step(gradient);
            }
            if (epoch >= options.epochs() / 2) {
                averaged++;
                for (int j = 0; j <= width; j++) {
                    average[j] += (w[0][j] - average[j]) / averaged;
                }
            }
        }
        // the bias is the same for every candidate of a list, so it never changes a ranking: keep it at zero
        average[width] = 0;
        return new LinearModel(standardizer, new double[][] {new double[width + 1], average});
    }

    /** d/dw of −log(Σ_relevant e^s / Σ_all e^s) = E_all[x] − E_relevant[x], both under softmax weights. */
    private static void addListGradient(double[] w, double[][] list, boolean[] relevant, double[] gradient) {
        var scores = new double[list.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < list.length; i++) {
            double s = 0;
            for (int j = 0; j < list[i].length; j++) {
                s += w[j] * list[i][j];
            }
            scores[i] = s;
            max = Math.max(max, s);
        }
        double all = 0;
        double rel = 0;
        for (int i = 0; i < list.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            all += scores[i];
            rel += relevant[i] ? scores[i] : 0;
        }
        for (int i = 0; i < list.length; i++) {
            double coefficient = scores[i] / all - (relevant[i] ? scores[i] / rel : 0);
            for (int j = 0; j < list[i].length; j++) {
                gradient[j] += coefficient * list[i][j];
            }
        }
    }
}
