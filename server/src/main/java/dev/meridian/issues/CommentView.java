package dev.meridian.issues;

import dev.meridian.identity.UserRef;
import java.time.Instant;

/** A comment as the API shows it and as its change events carry it. */
public record CommentView(long id, String issueKey, UserRef author, String body, Instant createdAt, Instant updatedAt) {
}
