package dev.meridian.pipeline.anonymize;

import java.time.Instant;

public record AnonymousComment(long id, String author, String body, Instant createdAt) {
}
