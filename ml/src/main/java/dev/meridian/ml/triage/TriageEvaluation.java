package dev.meridian.ml.triage;

import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.text.IssueProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores a triage model on held-out issues beside the majority-class baseline of its training issues. */
public final class TriageEvaluation {

    public record FieldScore(String field, int classes, double majorityMacroF1, double modelMacroF1,
                             double majorityAccuracy, double modelAccuracy) {
    }

    /** Mean absolute error in points of the regressor and of always answering the training median. */
    public record EstimateScore(int issues, double modelMae, double medianMae) {
    }

    private TriageEvaluation() {
    }

    /** Scores the story-point regressor on the held-out issues that have points; empty when there is nothing to score. */
    public static java.util.Optional<EstimateScore> storyPoints(TriageModel model, List<IssueDocument> heldOut,
                                                                List<IssueProfile> heldOutProfiles) {
        if (!model.estimatesStoryPoints()) {
            return java.util.Optional.empty();
        }
        double modelError = 0;
        double medianError = 0;
        int count = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            var truth = StoryPointHead.parse(heldOut.get(i).field(StoryPointHead.FIELD));
            if (truth != null) {
                var estimateAndMedian = model.storyPointsAndMedian(heldOutProfiles.get(i));
                modelError += Math.abs(estimateAndMedian[0] - truth);
                medianError += Math.abs(estimateAndMedian[1] - truth);
                count++;
            }
        }
        return count == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new EstimateScore(count, modelError / count, medianError / count));
    }

    public static Map<String, FieldScore> of(TriageModel model, List<IssueDocument> training,
                                             List<IssueDocument> heldOut, List<IssueProfile> heldOutProfiles) {
        var predictions = heldOutProfiles.stream().map(model::suggest).toList();
        var scores = new LinkedHashMap<String, FieldScore>();
        for (int f = 0; f < model.fields().size(); f++) {
            String field = model.fields().get(f);
            var majority = majority(model, field, training.stream().map(i -> i.field(field)).toList());
            var truth = new ArrayList<String>();
            var predicted = new ArrayList<String>();
            for (int i = 0; i < heldOut.size(); i++) {
                truth.add(model.labelOf(field, heldOut.get(i).field(field)));
                predicted.add(predictions.get(i).get(f).value());
            }
            var baseline = truth.stream().map(t -> majority).toList();
            scores.put(field, new FieldScore(field, model.labels(field).size(), MacroF1.of(truth, baseline),
                    MacroF1.of(truth, predicted), accuracy(truth, baseline), accuracy(truth, predicted)));
        }
        return scores;
    }

    private static String majority(TriageModel model, String field, Collection<String> values) {
        var counts = new HashMap<String, Integer>();
        values.forEach(v -> counts.merge(model.labelOf(field, v), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .orElseThrow().getKey();
    }

    private static double accuracy(List<String> truth, List<String> predicted) {
        int hits = 0;
        for (int i = 0; i < truth.size(); i++) {
            hits += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return truth.isEmpty() ? 0 : (double) hits / truth.size();
    }
}
