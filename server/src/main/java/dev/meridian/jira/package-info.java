/**
 * A Jira-compatible REST API (a subset of Jira's {@code /rest/api/2}) over Meridian's own modules, so scripts and tools
 * written for Jira keep working: issues, comments, transitions, JQL search, projects and the caller. Errors take
 * Jira's shape ({@code errorMessages}, {@code errors}) here; everything else answers in Meridian's own API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jira-compatible API")
package dev.meridian.jira;
