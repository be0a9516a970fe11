/**
 * Issues and everything on them: fields, workflow moves, comments, links, watchers and the per-field change history.
 * Every change writes its change event to the outbox in the same transaction.
 * API: {@link dev.meridian.issues.Issues}, {@link dev.meridian.issues.Comments}, {@link dev.meridian.issues.IssueLinks},
 * {@link dev.meridian.issues.Watchers}, {@link dev.meridian.issues.IssueImport}, {@link dev.meridian.issues.Releases} (versions'
 * progress, and releasing or deleting a version with its issues).
 */
package dev.meridian.issues;
