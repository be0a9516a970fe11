package dev.meridian.issues;

import dev.meridian.identity.UserRef;
import java.time.Instant;

/** A file on an issue as the API lists it and as its change events carry it: what it is, never its bytes. */
public record AttachmentView(long id, String issueKey, String fileName, String mediaType, long size, UserRef author,
        Instant createdAt) {
}
