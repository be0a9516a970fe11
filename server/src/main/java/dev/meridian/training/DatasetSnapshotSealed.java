package dev.meridian.training;

import java.time.Instant;

/** A new dataset snapshot was sealed (on demand, after enough new records, or on the schedule); published after its manifest. */
public record DatasetSnapshotSealed(String projectKey, String snapshotId, Instant sealedAt, long records) {
}
