package dev.meridian.projects;

import dev.meridian.identity.CurrentUser;

/** A project was created with its default scheme; published within the creating transaction, for its template's board. */
public record ProjectCreated(ProjectRef project, ProjectTemplate template, CurrentUser by) {
}
