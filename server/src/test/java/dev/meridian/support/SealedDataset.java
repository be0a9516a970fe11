package dev.meridian.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meridian.pipeline.dataset.SnapshotSealer;
import dev.meridian.pipeline.store.ObjectStore;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** What a trainer would get: a project's shards sealed into a snapshot, read back as one document per issue. */
public final class SealedDataset {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SealedDataset() {
    }

    /** One line per document record of the sealed snapshot; empty when nothing is stored for the project. */
    public static List<Document> documents(ObjectStore store, String project) {
        return new SnapshotSealer(store, Clock.systemUTC(), 20).seal(project).map(manifest -> manifest.files().stream()
                .filter(file -> file.key().contains("/documents-"))
                .flatMap(file -> new String(store.get(file.key()).orElseThrow(), UTF_8).lines())
                .map(line -> JSON.readTree(line))
                .map(node -> new Document(node.get("issueKey").asString(), node.get("text").asString()))
                .toList()).orElse(List.of());
    }

    /** Ids of the events the worker has recorded as processed for a project. */
    public static List<Long> processedEvents(ObjectStore store, String project) {
        var prefix = "state/" + project + "/events/";
        return store.list(prefix).stream().map(key -> Long.parseLong(key.substring(prefix.length()))).sorted().toList();
    }

    public record Document(String issueKey, String text) {
    }
}
