package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.JANE;
import static dev.meridian.pipeline.fixtures.Events.commentAdded;
import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static dev.meridian.pipeline.fixtures.Events.projectUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.event.ChangeEvent;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotSealerTest {

    @TempDir
    Path root;
    ObjectStore store;

    @BeforeEach
    void thirtyIssuesInTwoBatchesAndAComment() {
        store = new LocalFolderObjectStore(root);
        DatasetWriter writer = Datasets.writer(store);
        List<ChangeEvent> events = new ArrayList<>(LongStream.rangeClosed(1, 30).mapToObj(i -> issueUpdated(i, "HADOOP-" + i, Map.of())).toList());
        writer.write("HADOOP", events.subList(0, 15));
        writer.write("HADOOP", events.subList(15, 30));
        writer.write("HADOOP", List.of(commentAdded(31, "HADOOP-7", 1, JANE, "Still failing on trunk.")));
    }

    @Test
    void sealsAManifestWithCountsChecksumsAndTheEventRange() {
        Manifest manifest = Datasets.sealer(store).seal("HADOOP").orElseThrow();

        assertThat(manifest.snapshotId()).isEqualTo("s0000000000000000031");
        assertThat(manifest.eventRange()).isEqualTo(new Manifest.EventRange(1, 31));
        assertThat(manifest.schemaVersion()).isEqualTo("bedrock-conversation-2024");
        Manifest.Counts triage = manifest.records().get("triage");
        assertThat(triage.train() + triage.validation()).isEqualTo(30);
        Manifest.Counts summaries = manifest.records().get("discussion-summary");
        assertThat(summaries.train() + summaries.validation()).isEqualTo(1);
        assertThat(manifest.shards()).isNotEmpty().allSatisfy(shard ->
                assertThat(shard.sha256()).isEqualTo(Hashes.sha256(store.get(shard.key()).orElseThrow())));
        assertThat(manifest.files()).allSatisfy(file ->
                assertThat(file.sha256()).isEqualTo(Hashes.sha256(store.get(file.key()).orElseThrow())));
    }

    @Test
    void keepsEveryIssueWhollyOnOneSideOfTheSplit() {
        Manifest manifest = Datasets.sealer(store).seal("HADOOP").orElseThrow();

        Set<String> train = issueKeys(Datasets.lines(store, manifest, "train.jsonl"));
        Set<String> validation = issueKeys(Datasets.lines(store, manifest, "validation.jsonl"));

        assertThat(train).isNotEmpty();
        assertThat(validation).isNotEmpty().doesNotContainAnyElementsOf(train);
        assertThat(manifest.split().validationPercent()).isEqualTo(20);
    }

    @Test
    void keepsOnlyTheLatestVersionOfAnIssue() {
        Manifest manifest = Datasets.sealer(store).seal("HADOOP").orElseThrow();

        List<String> lines = Datasets.conversations(store, manifest);

        assertThat(lines).filteredOn(line -> line.contains("What is the status of HADOOP-7?")).hasSize(1);
        assertThat(lines).filteredOn(line -> line.contains("Summarize the discussion on HADOOP-7")).hasSize(1);
    }

    @Test
    void sealingAgainWithoutNewEventsGivesTheSameSnapshot() {
        SnapshotSealer sealer = Datasets.sealer(store);
        Manifest first = sealer.seal("HADOOP").orElseThrow();

        assertThat(sealer.seal("HADOOP")).contains(first);
        assertThat(sealer.snapshotIds("HADOOP")).containsExactly(first.snapshotId());
    }

    @Test
    void ignoresAShardWhoseWriteWasNeverCommitted() {
        store.put("datasets/HADOOP/2026-11-25/conversation-0000000000000000099-deadbeef.jsonl", "{\"half\":\"written\"}\n".getBytes());

        Manifest manifest = Datasets.sealer(store).seal("HADOOP").orElseThrow();

        assertThat(manifest.shards()).noneMatch(shard -> shard.key().contains("deadbeef"));
        assertThat(Datasets.conversations(store, manifest)).noneMatch(line -> line.contains("half"));
    }

    @Test
    void sealsNothingOnceTheProjectsAdminsTurnedTrainingOff() {
        Datasets.writer(store).write("HADOOP", List.of(projectUpdated(40, "HADOOP", false)));

        assertThat(Datasets.sealer(store).seal("HADOOP")).isEmpty();
    }

    @Test
    void hasNothingToSealForAProjectWithoutData() {
        assertThat(Datasets.sealer(store).seal("EMPTY")).isEmpty();
    }

    private static Set<String> issueKeys(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll(".*(HADOOP-\\d+).*", "$1")).filter(key -> key.startsWith("HADOOP-"))
                .collect(Collectors.toSet());
    }
}
