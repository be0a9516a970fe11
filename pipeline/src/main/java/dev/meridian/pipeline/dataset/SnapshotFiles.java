package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.records.Task;
import dev.meridian.pipeline.store.ObjectStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the chosen lines of a snapshot into train / validation files. */
final class SnapshotFiles {

    private final DatasetSplit split;
    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private final Map<Task, int[]> counts = new EnumMap<>(Task.class);

    SnapshotFiles(DatasetSplit split) {
        this.split = split;
        for (String name : List.of("train.jsonl", "validation.jsonl", "documents-train.jsonl", "documents-validation.jsonl",
                "feedback.jsonl")) {
            files.put(name, new ArrayList<>());
        }
    }

    /** Takes the lines of one shard that belong to the winning part of their issue; returns the shard's entry. */
    List<Manifest.FileEntry> take(ObjectStore store, ShardIndex index, String shardKey, List<ShardIndex.Line> lineIndex,
                                  Map<String, ShardIndex> winners, Class<?> recordType) {
        if (lineIndex.isEmpty()) {
            return List.of();
        }
        byte[] content = store.get(shardKey).orElseThrow(() -> new IllegalStateException("committed shard missing: " + shardKey));
        List<String> lines = Jsonl.lines(content);
        if (lines.size() != lineIndex.size()) {
            throw new IllegalStateException(shardKey + " has " + lines.size() + " lines, its index " + lineIndex.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            ShardIndex.Line line = lineIndex.get(i);
            if (winners.get(line.issueKey()) != index) {
                continue;
            }
            boolean validation = split.isValidation(line.issueKey());
            String file = line.task() == Task.FEEDBACK ? "feedback.jsonl"
                    : (line.task() == Task.DOCUMENT ? "documents-" : "") + (validation ? "validation.jsonl" : "train.jsonl");
            files.get(file).add(lines.get(i));
            counts.computeIfAbsent(line.task(), task -> new int[2])[validation ? 1 : 0]++;
        }
        return List.of(new Manifest.FileEntry(shardKey, Hashes.sha256(content), lines.size()));
    }

    List<Manifest.FileEntry> writeTo(ObjectStore store, String project, String snapshotId) {
        List<Manifest.FileEntry> written = new ArrayList<>();
        files.forEach((name, lines) -> {
            byte[] content = joined(lines);
            String key = DatasetKeys.snapshotFile(project, snapshotId, name);
            store.put(key, content);
            written.add(new Manifest.FileEntry(key, Hashes.sha256(content), lines.size()));
        });
        return written;
    }

    /** The lines as one UTF-8 file, each ending in a newline, encoded straight into a buffer of about the right size. */
    private static byte[] joined(List<String> lines) {
        int chars = 0;
        for (String line : lines) {
            chars += line.length() + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(chars + chars / 8);
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    Map<String, Manifest.Counts> counts() {
        Map<String, Manifest.Counts> byTask = new TreeMap<>();
        counts.forEach((task, c) -> byTask.put(task.wire(), new Manifest.Counts(c[0], c[1])));
        return byTask;
    }
}
