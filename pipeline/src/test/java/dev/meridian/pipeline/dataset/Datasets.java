package dev.meridian.pipeline.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meridian.pipeline.anonymize.Pseudonyms;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.store.ObjectStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** A writer and a sealer over one store, as the tests of this package use them. */
final class Datasets {

    static final Pseudonyms PSEUDONYMS = new Pseudonyms("dataset-test-key-0123456789".getBytes(UTF_8));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private Datasets() {
    }

    static DatasetWriter writer(ObjectStore store, String... optedOut) {
        return new DatasetWriter(store, PSEUDONYMS, Set.of(optedOut), new BedrockRules(BedrockRules.DEFAULT_MAX_TOKENS));
    }

    static SnapshotSealer sealer(ObjectStore store) {
        return new SnapshotSealer(store, CLOCK, 20);
    }

    /** Every line of a sealed snapshot's conversation files, train and validation. */
    static List<String> conversations(ObjectStore store, Manifest manifest) {
        return lines(store, manifest, "train.jsonl", "validation.jsonl");
    }

    static List<String> lines(ObjectStore store, Manifest manifest, String... names) {
        return Set.of(names).stream()
                .flatMap(name -> Jsonl.lines(store.get(DatasetKeys.snapshotFile(manifest.project(), manifest.snapshotId(), name))
                        .orElseThrow()).stream())
                .toList();
    }

    static String everythingStored(ObjectStore store) {
        StringBuilder all = new StringBuilder();
        store.list("").forEach(key -> all.append(key).append('\n').append(new String(store.get(key).orElseThrow(), UTF_8)).append('\n'));
        return all.toString();
    }
}
