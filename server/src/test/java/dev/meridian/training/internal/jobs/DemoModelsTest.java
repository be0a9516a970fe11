package dev.meridian.training.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.dataset.Manifest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoModelsTest {

    @Test
    void waitsUntilTheSnapshotHoldsNearlyEveryIssueOfTheDemo() {
        assertThat(DemoModels.covers(manifest(Map.of("document", new Manifest.Counts(2_000, 300))), 2_503)).isFalse();
        assertThat(DemoModels.covers(manifest(Map.of("document", new Manifest.Counts(2_150, 240))), 2_503)).isTrue();
        assertThat(DemoModels.covers(manifest(Map.of("triage", new Manifest.Counts(2_400, 100))), 2_503)).isFalse();
        assertThat(DemoModels.covers(manifest(Map.of("document", new Manifest.Counts(0, 0))), 0)).isFalse();
    }

    private static Manifest manifest(Map<String, Manifest.Counts> records) {
        return new Manifest("s0000000000000000001", "HADOOP", "bedrock-conversation-2024", "meridian-document-1", Instant.EPOCH,
                new Manifest.EventRange(1, 1), records, new Manifest.Split("hash", 10), List.of(), List.of());
    }
}
