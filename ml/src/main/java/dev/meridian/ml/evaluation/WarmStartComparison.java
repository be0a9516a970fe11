package dev.meridian.ml.evaluation;

import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.text.IssueProfile;
import dev.meridian.ml.triage.TriageEvaluation;
import dev.meridian.ml.triage.TriageModel;
import java.util.List;

/**
 * Simulates the life of a project: a model trained on the oldest 70% of the training issues, then the newest 30%
 * arrive. Compares adapting that model to the new records only (warm start) with retraining on everything.
 */
final class WarmStartComparison {

    private static final double OLD_SHARE = 0.7;
    private static final int WARM_EPOCHS = 5;

    private WarmStartComparison() {
    }

    static void print(List<IssueDocument> issues, List<IssueProfile> profiles, List<String> fields) {
        var split = EvaluationRunner.Split.of(issues, profiles).sortedByCreation();
        int cut = (int) (split.trainIssues().size() * OLD_SHARE);
        var oldIssues = split.trainIssues().subList(0, cut);
        var newIssues = split.trainIssues().subList(cut, split.trainIssues().size());
        var clock = new EvaluationRunner.Stopwatch();
        var previous = TriageModel.train(oldIssues, split.trainProfiles().subList(0, cut), fields);
        double previousSeconds = clock.lap();
        var warm = previous.warmStart(newIssues, split.trainProfiles().subList(cut, split.trainIssues().size()),
                WARM_EPOCHS);
        double warmSeconds = clock.lap();
        var full = TriageModel.train(split.trainIssues(), split.trainProfiles(), fields);
        double fullSeconds = clock.lap();
        System.out.printf("Warm start vs full retraining (triage): previous model on the oldest %d issues, then %d new"
                + " ones%n", oldIssues.size(), newIssues.size());
        System.out.println("| model | training time | " + String.join(" | ", fields.stream()
                .map(f -> f + " macro-F1").toList()) + " |");
        System.out.println("| --- | --- |" + " --- |".repeat(fields.size()));
        row("previous (oldest 70%, full)", previousSeconds, previous, oldIssues, split);
        row("warm start (+ newest 30% only, " + WARM_EPOCHS + " epochs)", warmSeconds, warm, split.trainIssues(), split);
        row("full retraining (100%)", fullSeconds, full, split.trainIssues(), split);
        System.out.println();
    }

    private static void row(String name, double seconds, TriageModel model, List<IssueDocument> training,
                            EvaluationRunner.Split split) {
        var scores = TriageEvaluation.of(model, training, split.testIssues(), split.testProfiles());
        var cells = scores.values().stream().map(s -> String.format("%.3f", s.modelMacroF1())).toList();
        System.out.printf("| %s | %.1f s | %s |%n", name, seconds, String.join(" | ", cells));
    }
}
