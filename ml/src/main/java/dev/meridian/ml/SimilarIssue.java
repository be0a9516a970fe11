package dev.meridian.ml;

/** A ranked answer to "which issues look like this one": higher scores rank first; scores compare only within one query. */
public record SimilarIssue(String key, double score) {
}
