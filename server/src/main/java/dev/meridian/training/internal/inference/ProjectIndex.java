package dev.meridian.training.internal.inference;

import dev.meridian.issues.CorpusIssue;
import dev.meridian.ml.Embedder;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.LocalModel;
import dev.meridian.ml.SimilarIssue;
import dev.meridian.ml.SimilarIssues;
import dev.meridian.training.FieldSuggestion;
import dev.meridian.training.ScoredIssue;
import dev.meridian.training.Suggestions;
import dev.meridian.training.internal.jobs.Documents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One project's active model, loaded, with its similar-issue index over the project's current issues and the titles
 * to show with the results. Thread-safe; kept current by {@link LiveIndexes}.
 */
public final class ProjectIndex {

    private final String projectKey;
    private final long versionId;
    private final String label;
    private final LocalModel model;
    private final SimilarIssues similar;
    private final Embedder embedder;
    private final List<String> fields;
    private final Map<String, CorpusIssue> issues = new ConcurrentHashMap<>();

    ProjectIndex(String projectKey, long versionId, String label, LocalModel model, List<CorpusIssue> issues,
            Embedder embedder, List<String> fields) {
        this.projectKey = projectKey;
        this.versionId = versionId;
        this.label = label;
        this.model = model;
        this.embedder = embedder;
        this.fields = fields;
        issues.forEach(i -> this.issues.put(i.key(), i));
        this.similar = model.similarIssues(Documents.of(issues, fields), embedder);
    }

    public String label() {
        return label;
    }

    long versionId() {
        return versionId;
    }

    public boolean contains(String key) {
        return issues.containsKey(key);
    }

    void put(CorpusIssue issue) {
        similar.put(Documents.of(issue, fields));
        issues.put(issue.key(), issue);
    }

    void remove(String key) {
        similar.remove(key);
        issues.remove(key);
    }

    public List<ScoredIssue> similarTo(String key, int limit) {
        return scored(similar.similarTo(key, limit));
    }

    public Suggestions suggest(String summary, String description, Instant now, int duplicates) {
        var answer = model.answer(new IssueDocument("", summary, description, now, Map.of()), similar, duplicates, embedder);
        var fieldSuggestions = answer.fields().stream()
                .filter(s -> !s.value().startsWith("("))
                .map(s -> new FieldSuggestion(s.field(), s.value(), s.confidence(), s.low(), s.high())).toList();
        return new Suggestions(projectKey, label, fieldSuggestions, scored(answer.duplicates()));
    }

    private List<ScoredIssue> scored(List<SimilarIssue> ranked) {
        return ranked.stream().map(r -> {
            var issue = issues.get(r.key());
            return issue == null ? null : new ScoredIssue(r.key(), issue.summary(), issue.fields().get("status"), r.score());
        }).filter(java.util.Objects::nonNull).toList();
    }
}
