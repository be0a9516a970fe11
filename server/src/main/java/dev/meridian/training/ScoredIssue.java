package dev.meridian.training;

/** One ranked issue; {@code score} is the ranker's (higher is more similar; not a probability). */
public record ScoredIssue(String key, String summary, String status, double score) {
}
