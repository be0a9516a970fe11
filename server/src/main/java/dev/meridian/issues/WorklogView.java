package dev.meridian.issues;

import dev.meridian.identity.UserRef;
import java.time.Instant;

/** Work logged on an issue, as the API shows it and as its change events carry it. */
public record WorklogView(long id, String issueKey, UserRef author, Instant started, long timeSpentSeconds, String comment,
        Instant createdAt, Instant updatedAt) {
}
