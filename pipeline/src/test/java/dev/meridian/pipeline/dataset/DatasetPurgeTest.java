package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.JANE;
import static dev.meridian.pipeline.fixtures.Events.commentAdded;
import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static dev.meridian.pipeline.fixtures.Events.projectUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.store.ForwardingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning AI training off removes what was stored from the project, and nothing more is written. */
class DatasetPurgeTest {

    @TempDir
    Path root;
    ObjectStore store;
    DatasetWriter writer;

    @BeforeEach
    void storeWithTwoProjects() {
        store = new LocalFolderObjectStore(root);
        writer = Datasets.writer(store);
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of()), commentAdded(2, "HADOOP-1", 10, JANE, "Same here")));
        writer.write("HDFS", List.of(issueUpdated(3, "HDFS-1", Map.of())));
        Datasets.sealer(store).seal("HADOOP").orElseThrow();
        Datasets.sealer(store).seal("HDFS").orElseThrow();
    }

    @Test
    void removesShardsSnapshotsAndStateWhenTrainingIsTurnedOff() {
        writer.write("HADOOP", List.of(projectUpdated(4, "HADOOP", false)));

        assertThat(store.list("datasets/HADOOP/")).isEmpty();
        assertThat(store.list("snapshots/HADOOP/")).isEmpty();
        assertThat(store.list("state/HADOOP/")).containsExactly("state/HADOOP/project.json");
        assertThat(new String(store.get("state/HADOOP/project.json").orElseThrow())).contains("\"trainingAllowed\":false")
                .doesNotContain("Person-");
        assertThat(Datasets.sealer(store).snapshotIds("HADOOP")).isEmpty();
    }

    @Test
    void finishesAPurgeThatFailedHalfWayWhenTheEventComesAgain() {
        ObjectStore failing = new FailingDeletes(store, 2);
        DatasetWriter interrupted = Datasets.writer(failing);
        try {
            interrupted.write("HADOOP", List.of(projectUpdated(4, "HADOOP", false)));
        } catch (IllegalStateException expected) {
            // the batch fails and the queue delivers it again
        }
        assertThat(store.list("datasets/HADOOP/")).isNotEmpty();

        writer.write("HADOOP", List.of(projectUpdated(4, "HADOOP", false)));

        assertThat(store.list("datasets/HADOOP/")).isEmpty();
        assertThat(store.list("state/HADOOP/")).containsExactly("state/HADOOP/project.json");
    }

    @Test
    void leavesOtherProjectsAlone() {
        List<String> hdfs = store.list("").stream().filter(key -> key.contains("/HDFS/")).toList();

        writer.write("HADOOP", List.of(projectUpdated(4, "HADOOP", false)));

        assertThat(store.list("").stream().filter(key -> key.contains("/HDFS/")).toList()).isEqualTo(hdfs).isNotEmpty();
    }

    @Test
    void writesNothingAfterwardsAndSealsNothing() {
        writer.write("HADOOP", List.of(projectUpdated(4, "HADOOP", false)));

        writer.write("HADOOP", List.of(issueUpdated(5, "HADOOP-2", Map.of()), commentAdded(6, "HADOOP-1", 11, JANE, "More")));

        assertThat(store.list("datasets/HADOOP/")).isEmpty();
        assertThat(store.list("state/HADOOP/")).containsExactly("state/HADOOP/project.json");
        assertThat(Datasets.sealer(store).seal("HADOOP")).isEmpty();
    }

    @Test
    void writesAgainOnceTrainingIsTurnedBackOn() {
        writer.write("HADOOP", List.of(projectUpdated(4, "HADOOP", false)));

        writer.write("HADOOP", List.of(projectUpdated(5, "HADOOP", true), issueUpdated(6, "HADOOP-2", Map.of())));

        assertThat(Datasets.sealer(store).seal("HADOOP").orElseThrow().records().get("document").train()
                + Datasets.sealer(store).seal("HADOOP").orElseThrow().records().get("document").validation()).isEqualTo(1);
    }

    /** A store whose deletes fail after the first few, as an S3 outage in the middle of a purge. */
    private static final class FailingDeletes extends ForwardingObjectStore {

        private final int allowed;
        private int done;

        FailingDeletes(ObjectStore store, int allowed) {
            super(store);
            this.allowed = allowed;
        }

        @Override
        public void delete(String key) {
            if (done++ >= allowed) {
                throw new IllegalStateException("store unavailable");
            }
            super.delete(key);
        }
    }
}
