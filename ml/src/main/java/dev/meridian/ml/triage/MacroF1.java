package dev.meridian.ml.triage;

import java.util.HashSet;
import java.util.List;

/** Macro-averaged F1 over every label that occurs as truth or prediction (scikit-learn's convention). */
public final class MacroF1 {

    private MacroF1() {
    }

    public static double of(List<String> truth, List<String> predicted) {
        var labels = new HashSet<>(truth);
        labels.addAll(predicted);
        double sum = 0;
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean isTrue = truth.get(i).equals(label);
                boolean isPredicted = predicted.get(i).equals(label);
                tp += isTrue && isPredicted ? 1 : 0;
                fp += !isTrue && isPredicted ? 1 : 0;
                fn += isTrue && !isPredicted ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }
}
