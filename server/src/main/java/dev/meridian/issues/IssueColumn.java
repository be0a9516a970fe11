package dev.meridian.issues;

import java.util.List;

/**
 * One column of a project's board: a workflow status, how many issues are in it (with the board's filters) and the
 * newest of them, as many as the column asked for.
 */
public record IssueColumn(String status, String statusCategory, long total, List<IssueSummary> items) {
}
