package dev.meridian.issues;

import java.time.Instant;

/**
 * Work to log, or a logged one's new values: the time as Jira's text ("2h 30m") or in seconds (Jira's
 * {@code timeSpentSeconds}), one of them; {@code started} defaults to now.
 */
public record NewWorklog(String timeSpent, Long timeSpentSeconds, Instant started, String comment) {
}
