/**
 * Planning: ranks (the backlog order), boards, sprints and the reports computed from the change history. Reads the
 * issue tables directly for boards and reports, as search does; writes only ranks and its own tables, and records an
 * issue's sprint changes in its history through {@link dev.meridian.issues.IssueHistory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package dev.meridian.planning;
