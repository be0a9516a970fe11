package dev.meridian.pipeline.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A sealed dataset snapshot: what went in (shards with their sha256), what came out (train / validation files with
 * theirs), record counts by task, the outbox range covered, and how the split was made. Written last: a snapshot
 * folder without a manifest was never sealed.
 */
public record Manifest(String snapshotId, String project, String schemaVersion, String documentSchemaVersion,
                       Instant sealedAt, EventRange eventRange, Map<String, Counts> records, Split split,
                       List<FileEntry> shards, List<FileEntry> files) {

    public record EventRange(long from, long to) {
    }

    public record Counts(int train, int validation) {
    }

    public record Split(String method, int validationPercent) {
    }

    public record FileEntry(String key, String sha256, int records) {
    }
}
