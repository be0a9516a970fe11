package dev.meridian.training;

import java.util.List;

/** Issues resembling {@code issueKey}, best first, and the model version that ranked them. */
public record SimilarIssuesAnswer(String issueKey, String modelVersion, List<ScoredIssue> issues) {
}
