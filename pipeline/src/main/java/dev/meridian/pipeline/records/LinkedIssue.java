package dev.meridian.pipeline.records;

/** A link of an issue in its document record: {@code direction} "outward" (this issue blocks {@code issueKey}) or "inward". */
public record LinkedIssue(String type, String direction, String issueKey) {
}
