package dev.meridian.issues.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.meridian.issues.IssueView;
import dev.meridian.projects.Role;

/**
 * An issue as its own endpoints answer it: with the caller's role in its project (as the project's scheme has it), so
 * that the issue panel draws editable fields or read-only values from this one answer, as Jira's {@code editmeta}.
 */
record IssueAnswer(@JsonUnwrapped IssueView issue, Role callerRole) {
}
