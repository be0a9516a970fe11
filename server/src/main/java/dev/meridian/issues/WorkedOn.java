package dev.meridian.issues;

import java.time.Instant;

/**
 * An issue the caller recently worked on and the last thing they did to it: {@code created}, {@code edited} (a field,
 * {@code field} as the issue's history names it), {@code moved} (to another project, {@code field} the key it had),
 * {@code commented} or {@code loggedWork}.
 */
public record WorkedOn(IssueSummary issue, String did, String field, Instant at) {
}
