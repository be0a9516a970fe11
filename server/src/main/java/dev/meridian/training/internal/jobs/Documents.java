package dev.meridian.training.internal.jobs;

import dev.meridian.issues.CorpusIssue;
import dev.meridian.issues.IssueCorpus.DuplicatePair;
import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.IssueDocument;
import java.util.LinkedHashMap;
import java.util.List;

/** Issues and links as the model sees them: only the triage fields it was configured to learn. */
public final class Documents {

    private Documents() {
    }

    public static IssueDocument of(CorpusIssue issue, List<String> fields) {
        var values = new LinkedHashMap<String, String>();
        fields.forEach(f -> values.put(f, issue.fields().getOrDefault(f, "")));
        return new IssueDocument(issue.key(), issue.summary(), issue.description(), issue.createdAt(), values);
    }

    public static List<IssueDocument> of(List<CorpusIssue> issues, List<String> fields) {
        return issues.stream().map(i -> of(i, fields)).toList();
    }

    public static List<DuplicateLink> links(List<DuplicatePair> pairs) {
        return pairs.stream().map(p -> new DuplicateLink(p.duplicateKey(), p.originalKey())).toList();
    }
}
