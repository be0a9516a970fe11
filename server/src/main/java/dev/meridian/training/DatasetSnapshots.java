package dev.meridian.training;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.dataset.Hashes;
import dev.meridian.pipeline.dataset.Manifest;
import dev.meridian.pipeline.dataset.RetentionPolicy;
import dev.meridian.pipeline.dataset.SnapshotSealer;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.PipelineProperties;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sealed dataset snapshots of a project, as a trainer reads them: the manifest (counts by task, sha256 per file, event
 * range, split) and the train / validation JSONL, from the local folder or S3 (decrypted when the objects are
 * encrypted). Sealing is idempotent: with no new events since the latest snapshot, sealing returns that one.
 */
@Service
public class DatasetSnapshots {

    /** Files of a sealed snapshot: Bedrock conversation records, one document record per issue, rated assistant answers. */
    public static final List<String> FILES = List.of("train.jsonl", "validation.jsonl", "documents-train.jsonl",
            "documents-validation.jsonl", "feedback.jsonl");

    private final ObjectStore store;
    private final WorkerSettings settings;
    private final SnapshotSealer sealer;
    private final RetentionPolicy retention;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<PinnedSnapshots> pinned;
    private final Map<String, Object> sealing = new ConcurrentHashMap<>();

    DatasetSnapshots(ObjectStore datasetStore, WorkerSettings settings, Clock clock, PipelineProperties pipeline,
            ApplicationEventPublisher events, ObjectProvider<PinnedSnapshots> pinned) {
        this.store = datasetStore;
        this.settings = settings;
        this.sealer = new SnapshotSealer(datasetStore, clock, pipeline.snapshots().validationPercent());
        this.retention = new RetentionPolicy(pipeline.snapshots().keep());
        this.events = events;
        this.pinned = pinned;
    }

    /** Sealed snapshots of a project, oldest first. */
    public List<Manifest> list(String projectKey) {
        return sealer.snapshotIds(projectKey).stream().flatMap(id -> sealer.read(projectKey, id).stream()).toList();
    }

    public Optional<Manifest> latest(String projectKey) {
        List<String> ids = sealer.snapshotIds(projectKey);
        return ids.isEmpty() ? Optional.empty() : sealer.read(projectKey, ids.get(ids.size() - 1));
    }

    public Optional<Manifest> manifest(String projectKey, String snapshotId) {
        return sealer.read(projectKey, snapshotId);
    }

    /** One file of a sealed snapshot (see {@link #FILES}): UTF-8 JSONL, one record per line. */
    public Optional<byte[]> read(String projectKey, String snapshotId, String fileName) {
        return fileKey(projectKey, snapshotId, fileName).flatMap(store::get);
    }

    /**
     * Where Bedrock finds a snapshot file: empty on the local folder store, and when objects are encrypted in the
     * process ({@code MERIDIAN_ENCRYPTION_KEY}), which Bedrock could not read.
     */
    public Optional<String> s3Uri(String projectKey, String snapshotId, String fileName) {
        return fileKey(projectKey, snapshotId, fileName).flatMap(this::s3Uri);
    }

    /** The S3 URI of any key of this store (where Bedrock writes its output); empty under the same conditions. */
    public Optional<String> s3Uri(String key) {
        if (settings.s3Bucket() == null || settings.encryptionKey() != null) {
            return Optional.empty();
        }
        String prefix = settings.s3Prefix() == null ? "" : settings.s3Prefix();
        return Optional.of("s3://" + settings.s3Bucket() + "/" + prefix + key);
    }

    /** The sha256 of a sealed snapshot's manifest as stored: what a model's lineage pins. */
    public Optional<String> manifestSha256(String projectKey, String snapshotId) {
        return manifest(projectKey, snapshotId).flatMap(m -> m.files().stream().findFirst())
                .map(file -> file.key().substring(0, file.key().lastIndexOf('/') + 1) + "manifest.json")
                .flatMap(store::get).map(Hashes::sha256);
    }

    /**
     * Seals the project's records now; a new snapshot is published as {@link DatasetSnapshotSealed} and retention is
     * applied. Empty when nothing is stored for the project, or its admins turned AI training off.
     */
    public Optional<Manifest> seal(String projectKey) {
        synchronized (sealing.computeIfAbsent(projectKey, key -> new Object())) {
            Set<String> before = new HashSet<>(sealer.snapshotIds(projectKey));
            Optional<Manifest> manifest = sealer.seal(projectKey);
            manifest.filter(m -> !before.contains(m.snapshotId())).ifPresent(m -> {
                events.publishEvent(new DatasetSnapshotSealed(projectKey, m.snapshotId(), m.sealedAt(), records(m)));
                applyRetention(projectKey);
            });
            return manifest;
        }
    }

    /** Deletes the snapshots retention does not keep (the newest {@code MERIDIAN_SNAPSHOT_KEEP} and the pinned ones). */
    public List<String> applyRetention(String projectKey) {
        Set<String> keep = new HashSet<>();
        pinned.orderedStream().forEach(source -> keep.addAll(source.pinned(projectKey)));
        return retention.apply(store, projectKey, keep);
    }

    public static long records(Manifest manifest) {
        return manifest.records().values().stream().mapToLong(c -> c.train() + c.validation()).sum();
    }

    private Optional<String> fileKey(String projectKey, String snapshotId, String fileName) {
        if (!FILES.contains(fileName) || !snapshotId.matches("s\\d{19}")) {
            return Optional.empty();
        }
        return manifest(projectKey, snapshotId).flatMap(m -> m.files().stream()
                .filter(file -> file.key().endsWith("/" + snapshotId + "/" + fileName)).findFirst()).map(Manifest.FileEntry::key);
    }
}
