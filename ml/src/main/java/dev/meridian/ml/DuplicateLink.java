package dev.meridian.ml;

/** A known "duplicates" link between two issues, by key; the direction is kept but training treats it as symmetric. */
public record DuplicateLink(String issueKey, String duplicateKey) {
}
