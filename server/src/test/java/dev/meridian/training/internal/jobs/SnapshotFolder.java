package dev.meridian.training.internal.jobs;

import dev.meridian.pipeline.dataset.Hashes;
import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.records.Conversation;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project's sealed snapshot in a local folder standing in for the S3 bucket {@code meridian-test}: the same store the
 * fake Bedrock writes its output to, so the trainer reads its metrics through the object store port as it does on S3.
 */
final class SnapshotFolder implements TrainingData {

    static final String BUCKET = "s3://meridian-test/";
    static final String SNAPSHOT = "s0000000000000000042";

    final ObjectStore store;
    private final String s3Bucket;

    SnapshotFolder(Path root) {
        this(root, BUCKET);
    }

    SnapshotFolder(Path root, String s3Bucket) {
        this.store = new LocalFolderObjectStore(root);
        this.s3Bucket = s3Bucket;
    }

    static String record(int i, String question) {
        var conversation = new Conversation(Conversation.SCHEMA_VERSION, List.of(new Conversation.Text("You triage WEB issues.")),
                List.of(new Conversation.Message("user", List.of(new Conversation.Text(question))),
                        new Conversation.Message("assistant", List.of(new Conversation.Text("Type: Bug. Priority: Major (" + i + ")")))));
        return Json.MAPPER.writeValueAsString(conversation);
    }

    static List<String> records(int count) {
        var lines = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            lines.add(record(i, "Triage WEB-" + i + ": the login page times out after " + i + " seconds"));
        }
        return lines;
    }

    SnapshotFolder write(String project, List<String> train, List<String> validation) {
        put(project, "train.jsonl", train);
        put(project, "validation.jsonl", validation);
        store.put(key(project, "manifest.json"), ("{\"snapshotId\":\"" + SNAPSHOT + "\"}").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private void put(String project, String name, List<String> lines) {
        var text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        store.put(key(project, name), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String key(String project, String name) {
        return "datasets/" + project + "/snapshots/" + SNAPSHOT + "/" + name;
    }

    @Override
    public Optional<Trainer.Lineage> seal(String projectKey) {
        return store.get(key(projectKey, "manifest.json")).map(manifest -> new Trainer.Lineage(SNAPSHOT, Hashes.sha256(manifest),
                Instant.parse("2026-11-26T03:00:00Z"), 0));
    }

    @Override
    public Optional<Trainer.Lineage> sealed(String projectKey, String snapshotId) {
        return SNAPSHOT.equals(snapshotId) ? seal(projectKey) : Optional.empty();
    }

    @Override
    public Optional<byte[]> read(String projectKey, String snapshotId, String fileName) {
        return store.get(key(projectKey, fileName));
    }

    @Override
    public Optional<String> s3Uri(String projectKey, String snapshotId, String fileName) {
        return read(projectKey, snapshotId, fileName).map(bytes -> s3Bucket + key(projectKey, fileName));
    }

    @Override
    public Optional<String> s3Uri(String key) {
        return Optional.of(s3Bucket + key);
    }
}
