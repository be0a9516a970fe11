package dev.meridian.issues;

import java.util.List;

/**
 * One column of a project's board: a workflow status, how many issues are in it with the board's filters ({@code total})
 * and without them ({@code unfiltered}, what its WIP limits count, as in Jira), and the first of them in rank order, as
 * many as the column asked for.
 */
public record IssueColumn(String status, String statusCategory, long total, long unfiltered, List<IssueSummary> items) {
}
