package dev.meridian.search;

import dev.meridian.issues.IssueSummary;
import java.util.List;

/**
 * One page of a search, shaped as Jira's: where it starts, how many were asked for, how many match in all. Beyond
 * {@link Search#COUNT_CAP} matches the total is a lower bound ({@code totalExact} false): counting every match of a
 * common word means reading every matching row; {@link Search#count} counts exactly.
 */
public record SearchResult(int startAt, int maxResults, long total, boolean totalExact, List<IssueSummary> issues) {
}
