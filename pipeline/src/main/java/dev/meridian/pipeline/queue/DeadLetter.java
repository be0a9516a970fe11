package dev.meridian.pipeline.queue;

import java.time.Instant;

/** A message in the dead-letter queue, as shown to an admin. */
public record DeadLetter(String id, String body, Instant sentAt) {
}
