package dev.meridian.ml.triage;

import dev.meridian.ml.FieldSuggestion;
import dev.meridian.ml.learn.LinearModel;
import dev.meridian.ml.learn.SoftmaxRegression;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import java.util.TreeSet;

/**
 * One field's classifier. Values seen fewer than {@link #MIN_EXAMPLES} times in training become {@code (other)} and an
 * empty value becomes {@code (none)}; classes are weighted inversely to their frequency so rare priorities
 * (Blocker, Trivial) are predicted at all, which is what macro-F1 rewards and what triage needs.
 */
record TriageHead(String field, List<String> labels, LinearModel model) {

    static final String NONE = "(none)";
    static final String OTHER = "(other)";
    private static final int MIN_EXAMPLES = 5;
    // 2,384 features for ~2,000 issues: strong L2 (picked from 1e-2..1 on the demo split)
    static final SoftmaxRegression.Options OPTIONS = new SoftmaxRegression.Options(1, 40, 32, 0.005, 13);

    static TriageHead train(String field, double[][] rows, List<String> values) {
        var labels = labels(values);
        var y = encode(labels, values);
        return new TriageHead(field, labels,
                SoftmaxRegression.fit(rows, y, labels.size(), balancedWeights(y, labels.size()), OPTIONS));
    }

    /** Continues on new records only; a value unseen before is folded into (other) or its nearest known label. */
    TriageHead warmStart(double[][] rows, List<String> values, int epochs) {
        var y = encode(labels, values);
        return new TriageHead(field, labels, SoftmaxRegression.warmStart(model, rows, y,
                balancedWeights(y, labels.size()), OPTIONS.withEpochs(epochs)));
    }

    FieldSuggestion suggest(double[] row) {
        var p = model.probabilities(row);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return new FieldSuggestion(field, labels.get(best), p[best]);
    }

    static String normalize(String value) {
        return value == null || value.isBlank() ? NONE : value.trim();
    }

    static List<String> labels(List<String> values) {
        var counts = new HashMap<String, Integer>();
        values.forEach(v -> counts.merge(normalize(v), 1, Integer::sum));
        var labels = new TreeSet<String>();
        counts.forEach((label, count) -> labels.add(count >= MIN_EXAMPLES ? label : OTHER));
        return List.copyOf(labels);
    }

    /** The label a value is scored as: itself if the head knows it, else (other) if the head has it. */
    String labelOf(String value) {
        var normalized = normalize(value);
        return labels.contains(normalized) ? normalized : labels.contains(OTHER) ? OTHER : normalized;
    }

    private static int[] encode(List<String> labels, List<String> values) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        var y = new int[values.size()];
        for (int i = 0; i < y.length; i++) {
            var normalized = normalize(values.get(i));
            y[i] = index.getOrDefault(normalized, index.getOrDefault(OTHER, 0));
        }
        return y;
    }

    private static double[] balancedWeights(int[] y, int classes) {
        var counts = new double[classes];
        for (int label : y) {
            counts[label]++;
        }
        var weights = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            weights[i] = y.length / (classes * counts[y[i]]);
        }
        return weights;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeUTF(field);
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        model.writeTo(out);
    }

    static TriageHead readFrom(DataInput in) throws IOException {
        var field = in.readUTF();
        var labels = new ArrayList<String>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            labels.add(in.readUTF());
        }
        return new TriageHead(field, labels, LinearModel.readFrom(in));
    }

}
