package dev.meridian.issues;

/**
 * Filters of the plain issue list and the board's columns; each is optional. {@code assignee} takes an email, "me" or
 * "unassigned"; {@code type} an issue type's name (any case); {@code label} one label the issues carry.
 */
public record IssueQuery(String project, String status, String assignee, String externalId, String text, String type, String label) {
}
