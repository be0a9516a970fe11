package dev.meridian.search;

import dev.meridian.issues.IssueSummary;
import java.util.List;

/** One page of a search, shaped as Jira's: where it starts, how many were asked for, how many match in all. */
public record SearchResult(int startAt, int maxResults, long total, List<IssueSummary> issues) {
}
