package dev.meridian.ml.triage;

import dev.meridian.ml.FieldSuggestion;
import dev.meridian.ml.learn.HeldOut;
import dev.meridian.ml.learn.LinearModel;
import dev.meridian.ml.learn.RidgeRegression;
import dev.meridian.ml.learn.SoftmaxRegression;
import dev.meridian.ml.learn.Vectors;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The story-point regressor: ridge regression on {@code log1p(points)} over the same features as the classifiers,
 * the estimate snapped to the nearest value the project uses (its own scale, Fibonacci or not). Trained only on issues
 * that have points, and only when at least {@link #MIN_ISSUES} do. Its confidence is how often the snapped estimate
 * was exactly right, and its range covers the 10th to 90th percentile of the errors, both measured on a fifth of the
 * training issues held out while choosing the L2 strength (the final model is then refitted on all of them).
 */
public final class StoryPointHead {

    public static final String FIELD = "storyPoints";
    static final int MIN_ISSUES = 20;
    private static final double[] L2 = {10, 100, 1000};
    private static final SoftmaxRegression.Options OPTIONS = new SoftmaxRegression.Options(100, 40, 16, 0.005, 17);

    private final LinearModel model;
    private final double[] scale;
    private final double median;
    private final double low;
    private final double high;
    private final double hitRate;

    StoryPointHead(LinearModel model, double[] scale, double median, double low, double high, double hitRate) {
        this.model = model;
        this.scale = scale;
        this.median = median;
        this.low = low;
        this.high = high;
        this.hitRate = hitRate;
    }

    /** Empty when fewer than {@link #MIN_ISSUES} of the rows have a number for the field. */
    static Optional<StoryPointHead> train(double[][] rows, List<String> values, List<String> keys) {
        var xs = new ArrayList<double[]>();
        var ys = new ArrayList<Double>();
        var fitKeys = new ArrayList<String>();
        for (int i = 0; i < rows.length; i++) {
            var points = parse(values.get(i));
            if (points != null) {
                xs.add(rows[i]);
                ys.add(points);
                fitKeys.add(keys.get(i));
            }
        }
        if (xs.size() < MIN_ISSUES) {
            return Optional.empty();
        }
        var scale = ys.stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream()
                .mapToDouble(Double::doubleValue).toArray();
        double median = median(ys);
        // choose the L2 strength and measure the errors on a stable fifth, then refit on everything
        var fit = new ArrayList<Integer>();
        var check = new ArrayList<Integer>();
        for (int i = 0; i < xs.size(); i++) {
            (HeldOut.contains("points:" + fitKeys.get(i), 20) ? check : fit).add(i);
        }
        double bestL2 = L2[1];
        double[] bestErrors = null;
        if (!check.isEmpty() && fit.size() >= MIN_ISSUES / 2) {
            double bestMae = Double.POSITIVE_INFINITY;
            for (double l2 : L2) {
                var model = RidgeRegression.fit(select(xs, fit), targets(ys, fit), OPTIONS.withL2(l2));
                var head = new StoryPointHead(model, scale, median, 0, 0, 0);
                var errors = new double[check.size()];
                double mae = 0;
                for (int k = 0; k < check.size(); k++) {
                    int i = check.get(k);
                    errors[k] = Math.log1p(ys.get(i)) - model.margin(xs.get(i));
                    mae += Math.abs(head.estimate(xs.get(i)) - ys.get(i)) / check.size();
                }
                if (mae < bestMae) {
                    bestMae = mae;
                    bestL2 = l2;
                    bestErrors = errors;
                }
            }
        }
        double low = -0.5;
        double high = 0.5;
        double hitRate = 0;
        if (bestErrors != null) {
            var model = RidgeRegression.fit(select(xs, fit), targets(ys, fit), OPTIONS.withL2(bestL2));
            var head = new StoryPointHead(model, scale, median, 0, 0, 0);
            int hits = 0;
            for (int i : check) {
                hits += head.estimate(xs.get(i)) == ys.get(i) ? 1 : 0;
            }
            hitRate = (double) hits / check.size();
            Arrays.sort(bestErrors);
            low = quantile(bestErrors, 0.1);
            high = quantile(bestErrors, 0.9);
        }
        var all = RidgeRegression.fit(xs.toArray(double[][]::new), targets(ys, null), OPTIONS.withL2(bestL2));
        return Optional.of(new StoryPointHead(all, scale, median, low, high, hitRate));
    }

    /** The snapped estimate in points. */
    double estimate(double[] row) {
        return snap(Math.expm1(model.margin(row)));
    }

    FieldSuggestion suggest(double[] row) {
        double logEstimate = model.margin(row);
        double value = snap(Math.expm1(logEstimate));
        double from = Math.min(value, snap(Math.expm1(logEstimate + low)));
        double to = Math.max(value, snap(Math.expm1(logEstimate + high)));
        return new FieldSuggestion(FIELD, format(value), hitRate, format(from), format(to));
    }

    /** The median of the training issues' points: the baseline an estimate must beat. */
    double median() {
        return median;
    }

    /** A number of points, or null for an empty or non-numeric value. */
    static Double parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double points = Double.parseDouble(value.trim());
            return Double.isFinite(points) && points >= 0 ? points : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String format(double points) {
        return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
    }

    private double snap(double points) {
        double best = scale[0];
        for (double candidate : scale) {
            if (Math.abs(Math.log1p(candidate) - Math.log1p(Math.max(0, points)))
                    < Math.abs(Math.log1p(best) - Math.log1p(Math.max(0, points)))) {
                best = candidate;
            }
        }
        return best;
    }

    private static double[][] select(List<double[]> xs, List<Integer> indexes) {
        return indexes.stream().map(xs::get).toArray(double[][]::new);
    }

    private static double[] targets(List<Double> ys, List<Integer> indexes) {
        var chosen = indexes == null ? ys : indexes.stream().map(ys::get).toList();
        return chosen.stream().mapToDouble(Math::log1p).toArray();
    }

    static double median(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

    void writeTo(DataOutput out) throws IOException {
        model.writeTo(out);
        Vectors.write(out, scale);
        Vectors.write(out, new double[] {median, low, high, hitRate});
    }

    static StoryPointHead readFrom(DataInput in) throws IOException {
        var model = LinearModel.readFrom(in);
        var scale = Vectors.read(in);
        var rest = Vectors.read(in);
        return new StoryPointHead(model, scale, rest[0], rest[1], rest[2], rest[3]);
    }
}
