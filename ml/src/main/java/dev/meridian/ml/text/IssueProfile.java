package dev.meridian.ml.text;

import dev.meridian.ml.Embedder;
import dev.meridian.ml.IssueDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the ranker and the triage heads read from one issue, computed once: cleaned terms per field, code
 * identifiers, and two sentence vectors (the summary alone, and summary plus prose description: on duplicates the
 * summary is often the better query, on triage the description adds evidence).
 */
public record IssueProfile(String key, Instant created, String version, List<String> summaryTerms,
                           List<String> fullTerms, List<String> identifiers, float[] summaryVector,
                           float[] fullVector) {

    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\b(CVE-\\d{4}-\\d+|\\d+\\.\\d+(?:\\.\\d+)+|[a-z][a-z0-9]*(?:[.\\-_][a-z0-9]+){2,}"
                    + "|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[a-z]+[A-Z]\\w+|[A-Z_]{4,})\\b");

    public static List<IssueProfile> of(List<IssueDocument> issues, Embedder embedder) {
        var summaries = new ArrayList<String>(issues.size());
        var fulls = new ArrayList<String>(issues.size());
        for (IssueDocument issue : issues) {
            summaries.add(issue.summary());
            fulls.add(issue.summary() + ".\n" + JiraText.prose(issue.description()));
        }
        var both = new ArrayList<String>(summaries);
        both.addAll(fulls);
        var vectors = embedder.embed(both);
        var profiles = new ArrayList<IssueProfile>(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            var issue = issues.get(i);
            profiles.add(new IssueProfile(issue.key(), issue.created(), issue.field("affectsVersion"),
                    Terms.of(issue.summary()),
                    Terms.of(issue.summary() + "\n" + JiraText.lexical(issue.description())),
                    identifiers(issue.summary() + "\n" + issue.description()),
                    vectors.get(i), vectors.get(issues.size() + i)));
        }
        return profiles;
    }

    public static IssueProfile of(IssueDocument issue, Embedder embedder) {
        return of(List.of(issue), embedder).get(0);
    }

    static List<String> identifiers(String text) {
        var found = new java.util.LinkedHashSet<String>();
        var matcher = IDENTIFIER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return List.copyOf(found);
    }

    public Set<String> versions() {
        return version.isBlank() ? Set.of() : Set.of(version.split("\\s*,\\s*"));
    }
}
