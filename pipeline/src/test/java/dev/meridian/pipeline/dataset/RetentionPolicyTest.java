package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionPolicyTest {

    @TempDir
    Path root;

    @Test
    void keepsTheLastSnapshotsAndThePinnedOnesAndDeletesTheRest() {
        ObjectStore store = new LocalFolderObjectStore(root);
        DatasetWriter writer = Datasets.writer(store);
        SnapshotSealer sealer = Datasets.sealer(store);
        for (long eventId = 1; eventId <= 5; eventId++) {
            writer.write("HADOOP", List.of(issueUpdated(eventId, "HADOOP-" + eventId, Map.of())));
            sealer.seal("HADOOP");
        }
        String pinned = "s0000000000000000001";

        List<String> deleted = new RetentionPolicy(2).apply(store, "HADOOP", Set.of(pinned));

        assertThat(deleted).containsExactly("s0000000000000000002", "s0000000000000000003");
        assertThat(sealer.snapshotIds("HADOOP")).containsExactly(pinned, "s0000000000000000004", "s0000000000000000005");
        assertThat(store.list("snapshots/HADOOP/s0000000000000000002/")).isEmpty();
        assertThat(store.list("datasets/HADOOP/")).isNotEmpty();
    }
}
