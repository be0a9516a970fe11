package dev.meridian.ml.learn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees for ranking (LambdaMART's recipe with the listwise softmax loss of
 * {@link ListwiseSoftmax}): each tree fits the loss's Newton step on top of the scores so far, starting from a base
 * scorer's scores (here, the linear ranker), so the trees only learn what a linear score over the features cannot,
 * such as "close in time matters only when the texts agree". Trees are complete binary trees of a fixed depth over
 * raw feature values; a node that cannot split sends every row left.
 */
public final class BoostedTrees {

    /**
     * @param trees     number of trees
     * @param depth     levels of splits per tree
     * @param shrinkage each tree's step is multiplied by this
     * @param minRows   a split must leave at least this many training rows on each side
     * @param l2        added to the hessian sum of a leaf (and a split's sides): larger is more conservative
     */
    public record Options(int trees, int depth, double shrinkage, int minRows, double l2) {
    }

    private final int depth;
    /** Per tree: split feature of each internal node (-1: no split) and its threshold (go left when below). */
    private final int[][] features;
    private final double[][] thresholds;
    /** Per tree: the value of each leaf (already shrunk). */
    private final double[][] leaves;

    BoostedTrees(int depth, int[][] features, double[][] thresholds, double[][] leaves) {
        this.depth = depth;
        this.features = features;
        this.thresholds = thresholds;
        this.leaves = leaves;
    }

    public int trees() {
        return features.length;
    }

    public double score(double[] row) {
        double sum = 0;
        for (int t = 0; t < features.length; t++) {
            int[] f = features[t];
            double[] th = thresholds[t];
            int node = 0;
            for (int level = 0; level < depth; level++) {
                int feature = f[node];
                node = 2 * node + (feature >= 0 && row[feature] >= th[node] ? 2 : 1);
            }
            sum += leaves[t][node - f.length];
        }
        return sum;
    }

    /**
     * Boosts on top of {@code base} scores: {@code lists.get(q)[i]} is a row, {@code relevant.get(q)[i]} whether it is a
     * duplicate, {@code base.get(q)[i]} its score before the trees.
     */
    public static BoostedTrees fit(List<double[][]> lists, List<boolean[]> relevant, List<double[]> base,
                                   Options options) {
        int n = 0;
        for (double[][] list : lists) {
            n += list.length;
        }
        int width = lists.get(0)[0].length;
        var x = new double[n][];
        var start = new int[lists.size() + 1];
        var isRelevant = new boolean[n];
        var score = new double[n];
        for (int q = 0, i = 0; q < lists.size(); q++) {
            start[q] = i;
            for (int k = 0; k < lists.get(q).length; k++, i++) {
                x[i] = lists.get(q)[k];
                isRelevant[i] = relevant.get(q)[k];
                score[i] = base.get(q)[k];
            }
        }
        start[lists.size()] = n;
        // each feature's row order, sorted once: a level of every tree is then one pass per feature
        var sorted = new int[width][];
        for (int j = 0; j < width; j++) {
            var column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = -x[i][j];
            }
            sorted[j] = Order.descending(column); // ascending by value
        }
        int internal = (1 << options.depth()) - 1;
        var features = new int[options.trees()][];
        var thresholds = new double[options.trees()][];
        var leaves = new double[options.trees()][];
        var gradient = new double[n];
        var hessian = new double[n];
        var node = new int[n];
        for (int t = 0; t < options.trees(); t++) {
            gradients(score, isRelevant, start, gradient, hessian);
            var f = new int[internal];
            var th = new double[internal];
            Arrays.fill(node, 0);
            for (int level = 0; level < options.depth(); level++) {
                int first = (1 << level) - 1;
                int count = 1 << level;
                splitLevel(x, sorted, gradient, hessian, node, first, count, f, th, options);
                for (int i = 0; i < n; i++) {
                    int feature = f[node[i]];
                    node[i] = 2 * node[i] + (feature >= 0 && x[i][feature] >= th[node[i]] ? 2 : 1);
                }
            }
            var g = new double[internal + 1];
            var h = new double[internal + 1];
            for (int i = 0; i < n; i++) {
                g[node[i] - internal] += gradient[i];
                h[node[i] - internal] += hessian[i];
            }
            var leaf = new double[internal + 1];
            for (int l = 0; l < leaf.length; l++) {
                leaf[l] = -options.shrinkage() * g[l] / (h[l] + options.l2());
            }
            for (int i = 0; i < n; i++) {
                score[i] += leaf[node[i] - internal];
            }
            features[t] = f;
            thresholds[t] = th;
            leaves[t] = leaf;
        }
        return new BoostedTrees(options.depth(), features, thresholds, leaves);
    }

    /** Per row: d(loss)/d(score) = p − relevant share, and the diagonal hessian p(1 − p), under each list's softmax. */
    private static void gradients(double[] score, boolean[] relevant, int[] start, double[] gradient,
                                  double[] hessian) {
        for (int q = 0; q + 1 < start.length; q++) {
            double max = Double.NEGATIVE_INFINITY;
            int relevantCount = 0;
            for (int i = start[q]; i < start[q + 1]; i++) {
                max = Math.max(max, score[i]);
                relevantCount += relevant[i] ? 1 : 0;
            }
            double total = 0;
            for (int i = start[q]; i < start[q + 1]; i++) {
                total += Math.exp(score[i] - max);
            }
            for (int i = start[q]; i < start[q + 1]; i++) {
                double p = Math.exp(score[i] - max) / total;
                gradient[i] = p - (relevant[i] ? 1.0 / relevantCount : 0);
                hessian[i] = Math.max(p * (1 - p), 1e-6);
            }
        }
    }

    /** Chooses the best split of every node of one level, by the gain G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ). */
    private static void splitLevel(double[][] x, int[][] sorted, double[] gradient, double[] hessian, int[] node,
                                   int first, int count, int[] f, double[] th, Options options) {
        var totalG = new double[count];
        var totalH = new double[count];
        var totalN = new int[count];
        for (int i = 0; i < node.length; i++) {
            int k = node[i] - first;
            totalG[k] += gradient[i];
            totalH[k] += hessian[i];
            totalN[k]++;
        }
        var bestGain = new double[count];
        Arrays.fill(bestGain, 1e-12);
        for (int k = 0; k < count; k++) {
            f[first + k] = -1;
        }
        var leftG = new double[count];
        var leftH = new double[count];
        var leftN = new int[count];
        var last = new double[count];
        for (int j = 0; j < sorted.length; j++) {
            Arrays.fill(leftG, 0);
            Arrays.fill(leftH, 0);
            Arrays.fill(leftN, 0);
            Arrays.fill(last, Double.NaN);
            for (int i : sorted[j]) {
                int k = node[i] - first;
                double value = x[i][j];
                // a split between the previous value of this node and this one: rows below go left
                if (leftN[k] >= options.minRows() && totalN[k] - leftN[k] >= options.minRows() && value > last[k]) {
                    double rightG = totalG[k] - leftG[k];
                    double rightH = totalH[k] - leftH[k];
                    double gain = leftG[k] * leftG[k] / (leftH[k] + options.l2())
                            + rightG * rightG / (rightH + options.l2())
                            - totalG[k] * totalG[k] / (totalH[k] + options.l2());
                    if (gain > bestGain[k]) {
                        bestGain[k] = gain;
                        f[first + k] = j;
                        th[first + k] = (last[k] + value) / 2;
                    }
                }
                leftG[k] += gradient[i];
                leftH[k] += hessian[i];
                leftN[k]++;
                last[k] = value;
            }
        }
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(depth);
        out.writeInt(features.length);
        for (int t = 0; t < features.length; t++) {
            out.writeInt(features[t].length);
            for (int feature : features[t]) {
                out.writeInt(feature);
            }
            Vectors.write(out, thresholds[t]);
            Vectors.write(out, leaves[t]);
        }
    }

    public static BoostedTrees readFrom(DataInput in) throws IOException {
        int depth = in.readInt();
        int trees = in.readInt();
        var features = new int[trees][];
        var thresholds = new double[trees][];
        var leaves = new double[trees][];
        for (int t = 0; t < trees; t++) {
            features[t] = new int[in.readInt()];
            for (int k = 0; k < features[t].length; k++) {
                features[t][k] = in.readInt();
            }
            thresholds[t] = Vectors.read(in);
            leaves[t] = Vectors.read(in);
        }
        return new BoostedTrees(depth, features, thresholds, leaves);
    }
}
