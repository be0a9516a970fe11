package dev.meridian.ml.triage;

import dev.meridian.ml.FieldSuggestion;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.text.IssueProfile;
import dev.meridian.ml.text.Vocabulary;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Triage heads over shared features: the sentence vector of summary + description, then TF-IDF over a vocabulary
 * learned from the training issues (the vector carries topic; the terms carry words like "NPE" or "typo" that
 * decide priority).
 */
public final class TriageModel {

    private static final int VOCABULARY_SIZE = 2_000;

    private final Vocabulary vocabulary;
    private final List<TriageHead> heads;
    /** Present when {@code storyPoints} was asked for and enough issues had points. */
    private final StoryPointHead storyPoints;

    TriageModel(Vocabulary vocabulary, List<TriageHead> heads, StoryPointHead storyPoints) {
        this.vocabulary = vocabulary;
        this.heads = List.copyOf(heads);
        this.storyPoints = storyPoints;
    }

    public static TriageModel train(List<IssueDocument> issues, List<IssueProfile> profiles, List<String> fields) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("No issues to train triage heads on");
        }
        var vocabulary = Vocabulary.of(profiles.stream().map(IssueProfile::fullTerms).toList(), VOCABULARY_SIZE);
        var rows = rows(vocabulary, profiles);
        var heads = new ArrayList<TriageHead>();
        StoryPointHead storyPoints = null;
        for (String field : fields) {
            var values = issues.stream().map(i -> i.field(field)).toList();
            if (field.equals(StoryPointHead.FIELD)) {
                storyPoints = StoryPointHead.train(rows, values, issues.stream().map(IssueDocument::key).toList())
                        .orElse(null);
            } else {
                heads.add(TriageHead.train(field, rows, values));
            }
        }
        return new TriageModel(vocabulary, heads, storyPoints);
    }

    /**
     * Adapts every classifier to new records only, keeping vocabulary, labels and standardization; the story-point
     * regressor stays as it was until a full retraining.
     */
    public TriageModel warmStart(List<IssueDocument> newIssues, List<IssueProfile> newProfiles, int epochs) {
        var rows = rows(vocabulary, newProfiles);
        var adapted = heads.stream()
                .map(head -> head.warmStart(rows, newIssues.stream().map(i -> i.field(head.field())).toList(), epochs))
                .toList();
        return new TriageModel(vocabulary, adapted, storyPoints);
    }

    public List<FieldSuggestion> suggest(IssueProfile profile) {
        var row = row(vocabulary, profile);
        var suggestions = new ArrayList<FieldSuggestion>();
        heads.forEach(head -> suggestions.add(head.suggest(row)));
        if (storyPoints != null) {
            suggestions.add(storyPoints.suggest(row));
        }
        return List.copyOf(suggestions);
    }

    /** The classifier fields, in the order of {@link #suggest}'s first entries (story points, if any, come last). */
    public List<String> fields() {
        return heads.stream().map(TriageHead::field).toList();
    }

    /** The label a true value is compared as, for evaluation (rare values fold into "(other)"). */
    public String labelOf(String field, String value) {
        return heads.stream().filter(h -> h.field().equals(field)).findFirst().orElseThrow().labelOf(value);
    }

    public List<String> labels(String field) {
        return heads.stream().filter(h -> h.field().equals(field)).findFirst().orElseThrow().labels();
    }

    boolean estimatesStoryPoints() {
        return storyPoints != null;
    }

    /** The story-point estimate (snapped to the project's scale) and the training median, for evaluation. */
    double[] storyPointsAndMedian(IssueProfile profile) {
        return new double[] {storyPoints.estimate(row(vocabulary, profile)), storyPoints.median()};
    }

    private static double[][] rows(Vocabulary vocabulary, List<IssueProfile> profiles) {
        return profiles.stream().map(p -> row(vocabulary, p)).toArray(double[][]::new);
    }

    private static double[] row(Vocabulary vocabulary, IssueProfile profile) {
        var vector = profile.fullVector();
        var tfIdf = vocabulary.tfIdf(profile.fullTerms());
        var row = new double[vector.length + tfIdf.length];
        for (int i = 0; i < vector.length; i++) {
            row[i] = vector[i];
        }
        System.arraycopy(tfIdf, 0, row, vector.length, tfIdf.length);
        return row;
    }

    public void writeTo(DataOutput out) throws IOException {
        vocabulary.writeTo(out);
        out.writeInt(heads.size());
        for (TriageHead head : heads) {
            head.writeTo(out);
        }
        out.writeBoolean(storyPoints != null);
        if (storyPoints != null) {
            storyPoints.writeTo(out);
        }
    }

    public static TriageModel readFrom(DataInput in) throws IOException {
        var vocabulary = Vocabulary.readFrom(in);
        var heads = new ArrayList<TriageHead>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            heads.add(TriageHead.readFrom(in));
        }
        var storyPoints = in.readBoolean() ? StoryPointHead.readFrom(in) : null;
        return new TriageModel(vocabulary, heads, storyPoints);
    }
}
