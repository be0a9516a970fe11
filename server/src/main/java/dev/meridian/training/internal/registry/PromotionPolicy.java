package dev.meridian.training.internal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * When a candidate may replace the active version without a person deciding: it must beat the active version on the
 * primary metric by {@code margin}, and no other metric they share may drop by more than {@code tolerance}. Baselines
 * (BM25, majority class) describe the data, not the model, and are not compared. Losses (a name ending in "Loss") are
 * lower-is-better, every other metric higher-is-better. The first version of a project has nothing to beat and is
 * promoted.
 */
public record PromotionPolicy(String primaryMetric, double margin, double tolerance) {

    public static final String PRIMARY_METRIC = "duplicates.recall@10";
    public static final String LOSS_METRIC = "validationLoss";

    /** Recall of the duplicate ranker for the local model; validation loss for a Bedrock conversation model. */
    public static String primaryMetric(String kind) {
        return "conversation".equals(kind) ? LOSS_METRIC : PRIMARY_METRIC;
    }

    public Decision decide(Map<String, Double> candidate, Map<String, Double> active) {
        if (active == null) {
            return new Decision(true, List.of("no active version to beat"));
        }
        Double primary = candidate.get(primaryMetric);
        if (primary == null) {
            return new Decision(false, List.of("the candidate has no " + primaryMetric + " (no held-out duplicate pairs)"));
        }
        var reasons = new ArrayList<String>();
        double before = active.getOrDefault(primaryMetric, lowerIsBetter(primaryMetric) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        boolean beats = gain(primaryMetric, before, primary) >= margin;
        reasons.add("%s %.3f vs %.3f (needs %s%.3f)".formatted(primaryMetric, primary, before, lowerIsBetter(primaryMetric) ? "-" : "+", margin));
        boolean regresses = false;
        for (var name : new TreeSet<>(candidate.keySet())) {
            if (name.equals(primaryMetric) || isBaseline(name) || !active.containsKey(name)) {
                continue;
            }
            double drop = -gain(name, active.get(name), candidate.get(name));
            if (drop > tolerance) {
                regresses = true;
                reasons.add("%s %s %.3f → %.3f (tolerance %.3f)".formatted(name, lowerIsBetter(name) ? "rises" : "drops",
                        active.get(name), candidate.get(name), tolerance));
            }
        }
        return new Decision(beats && !regresses, reasons);
    }

    static boolean lowerIsBetter(String metric) {
        return metric.endsWith("Loss") || metric.endsWith("Perplexity") || metric.endsWith(".mae");
    }

    private static double gain(String metric, double before, double after) {
        return lowerIsBetter(metric) ? before - after : after - before;
    }

    static boolean isBaseline(String metric) {
        // baselines and counts of held-out items describe the data, not the model
        return metric.contains(".bm25.") || metric.contains("majority") || metric.contains("baseline")
                || metric.contains(".heldOut");
    }

    public record Decision(boolean promote, List<String> reasons) {

        public String explain() {
            return (promote ? "promoted: " : "kept as candidate: ") + String.join("; ", reasons);
        }
    }
}
