package dev.meridian.pipeline.event;

import java.time.Instant;

public record CommentImage(Long id, String issueKey, Person author, String body, Instant createdAt,
                           Instant updatedAt, boolean deleted) {
}
