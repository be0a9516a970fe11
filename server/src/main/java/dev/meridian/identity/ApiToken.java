package dev.meridian.identity;

import java.time.Instant;

/** An API token as its owner sees it after creation: never the secret itself. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
