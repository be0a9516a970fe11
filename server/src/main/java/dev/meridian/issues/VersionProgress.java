package dev.meridian.issues;

import dev.meridian.projects.ProjectScheme;

/**
 * A version and the issues fixed in it (its fix version), by status category, as Jira's Releases page shows it;
 * {@code unresolved}: those without a resolution, which releasing the version may move to another; {@code affected}: the
 * issues that have it as affects version, which deleting it asks about too.
 */
public record VersionProgress(ProjectScheme.Version version, long toDo, long inProgress, long done, long unresolved, long affected) {
}
