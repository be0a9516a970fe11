package dev.meridian.issues;

/** Filters of the plain issue list; each is optional. {@code assignee} takes an email, "me" or "unassigned". */
public record IssueQuery(String project, String status, String assignee, String externalId, String text) {
}
