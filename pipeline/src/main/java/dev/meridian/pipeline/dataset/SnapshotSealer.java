package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.records.Conversation;
import dev.meridian.pipeline.records.FeedbackRecord;
import dev.meridian.pipeline.records.IssueDocument;
import dev.meridian.pipeline.store.ObjectStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seals a project's committed shards into a snapshot a trainer can use as is: the latest version of each issue's
 * records only (older versions, redelivered duplicates and deleted issues drop out), split into train and
 * validation files, the latest rating of each rated answer in {@code feedback.jsonl}, with a manifest written last. Sealing twice with no new events returns the same snapshot.
 */
public final class SnapshotSealer {

    private final ObjectStore store;
    private final Clock clock;
    private final DatasetSplit split;

    public SnapshotSealer(ObjectStore store, Clock clock, int validationPercent) {
        this.store = store;
        this.clock = clock;
        this.split = new DatasetSplit(validationPercent);
    }

    /** Empty when the project has no committed shard yet, or its admins turned training off. */
    public Optional<Manifest> seal(String project) {
        if (!new WorkerState(store).project(project).trainingAllowed()) {
            return Optional.empty();
        }
        List<ShardIndex> indexes = store.list(DatasetKeys.shards(project)).stream()
                .filter(key -> key.matches(".*/index-[^/]+\\.json"))
                .map(key -> Json.MAPPER.readValue(store.get(key).orElseThrow(), ShardIndex.class))
                .toList();
        if (indexes.isEmpty()) {
            return Optional.empty();
        }
        long to = indexes.stream().flatMap(index -> index.eventIds().stream()).mapToLong(Long::longValue).max().orElseThrow();
        String snapshotId = String.format("s%019d", to);
        Optional<Manifest> sealed = read(project, snapshotId);
        if (sealed.isPresent()) {
            return sealed;
        }
        Map<String, ShardIndex> winners = latestPartPerIssue(indexes);
        SnapshotFiles files = new SnapshotFiles(split);
        List<Manifest.FileEntry> shards = new ArrayList<>();
        for (ShardIndex index : indexes) {
            if (!winners.containsValue(index)) {
                continue;
            }
            shards.addAll(files.take(store, index, DatasetKeys.shard(project, index.date(), "conversation", index.partId()),
                    index.conversations(), winners, Conversation.class));
            shards.addAll(files.take(store, index, DatasetKeys.shard(project, index.date(), "document", index.partId()),
                    index.documents(), winners, IssueDocument.class));
            shards.addAll(files.take(store, index, DatasetKeys.shard(project, index.date(), "feedback", index.partId()),
                    index.feedback(), winners, FeedbackRecord.class));
        }
        long from = indexes.stream().filter(winners::containsValue).flatMap(index -> index.eventIds().stream())
                .mapToLong(Long::longValue).min().orElse(to);
        List<Manifest.FileEntry> outputs = files.writeTo(store, project, snapshotId);
        Manifest manifest = new Manifest(snapshotId, project, Conversation.SCHEMA_VERSION, IssueDocument.SCHEMA_VERSION,
                clock.instant(), new Manifest.EventRange(from, to), files.counts(), new Manifest.Split(DatasetSplit.METHOD,
                split.validationPercent()), shards, outputs);
        store.put(DatasetKeys.snapshotFile(project, snapshotId, "manifest.json"), Json.MAPPER.writeValueAsBytes(manifest));
        return Optional.of(manifest);
    }

    public Optional<Manifest> read(String project, String snapshotId) {
        return store.get(DatasetKeys.snapshotFile(project, snapshotId, "manifest.json"))
                .map(bytes -> Json.MAPPER.readValue(bytes, Manifest.class));
    }

    /** Sealed snapshots of a project, oldest first. */
    public List<String> snapshotIds(String project) {
        return store.list(DatasetKeys.snapshots(project)).stream()
                .filter(key -> key.endsWith("/manifest.json"))
                .map(key -> key.substring(DatasetKeys.snapshots(project).length(), key.length() - "/manifest.json".length()))
                .sorted()
                .toList();
    }

    /** For each issue, the part holding its newest records, unless a newer or equal deletion removed it. */
    private static Map<String, ShardIndex> latestPartPerIssue(List<ShardIndex> indexes) {
        Map<String, ShardIndex> winner = new HashMap<>();
        Map<String, Long> version = new HashMap<>();
        Map<String, Long> deleted = new HashMap<>();
        for (ShardIndex index : indexes) {
            for (ShardIndex.Line line : index.versionedLines()) {
                if (line.version() > version.getOrDefault(line.issueKey(), -1L)) {
                    version.put(line.issueKey(), line.version());
                    winner.put(line.issueKey(), index);
                }
            }
            index.deletedIssues().forEach(line -> deleted.merge(line.issueKey(), line.version(), Math::max));
        }
        deleted.forEach((issueKey, deletedAt) -> {
            if (deletedAt >= version.getOrDefault(issueKey, -1L)) {
                winner.remove(issueKey);
            }
        });
        return winner;
    }
}
