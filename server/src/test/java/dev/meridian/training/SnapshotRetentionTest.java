package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.dataset.Manifest;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.PipelineProperties;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.WorkerByHand;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Retention keeps the newest snapshots and those a model was trained on; each new snapshot is announced once. */
@MeridianTest
class SnapshotRetentionTest {

    @LocalServerPort
    int port;
    @Autowired
    Queue queue;
    @Autowired
    DatasetWorkerHandler handler;
    @Autowired
    JsonMapper json;
    @Autowired
    ObjectStore store;
    @Autowired
    WorkerSettings settings;
    @Autowired
    PipelineProperties pipeline;

    @Test
    void keepsTheNewestAndThePinnedSnapshotsAndAnnouncesEachNewOneOnce() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var worker = new WorkerByHand(queue, handler, json);
        var announced = new ArrayList<DatasetSnapshotSealed>();
        var pins = new ArrayList<String>();
        var factory = new StaticListableBeanFactory(Map.of("trainedOn", (PinnedSnapshots) key -> Set.copyOf(pins)));
        var keepOne = new PipelineProperties(true, 200, 1, 500, "", pipeline.awsRegion(), pipeline.queue(), pipeline.store(),
                new PipelineProperties.Snapshots(0, "-", 1, 10));
        var snapshots = new DatasetSnapshots(store, settings, Clock.systemUTC(), keepOne,
                event -> announced.add((DatasetSnapshotSealed) event), factory.getBeanProvider(PinnedSnapshots.class));
        var sealed = new ArrayList<String>();
        for (int i = 1; i <= 3; i++) {
            fixtures.issue(project, fixtures.admin(), "Issue number " + i);
            worker.backfill(fixtures.admin(), project);
            sealed.add(snapshots.seal(project).orElseThrow().snapshotId());
            if (i == 1) {
                pins.add(sealed.get(0));
            }
        }
        snapshots.seal(project);

        assertThat(snapshots.list(project)).extracting(Manifest::snapshotId).containsExactly(sealed.get(0), sealed.get(2));
        assertThat(announced).extracting(DatasetSnapshotSealed::snapshotId).containsExactlyElementsOf(sealed);
        assertThat(announced.get(2).records()).isEqualTo(DatasetSnapshots.records(snapshots.latest(project).orElseThrow()));
        assertThat(snapshots.read(project, sealed.get(1), "train.jsonl")).isEmpty();
        assertThat(snapshots.read(project, sealed.get(2), "train.jsonl")).isPresent();
        assertThat(snapshots.s3Uri(project, sealed.get(2), "train.jsonl")).isEmpty();
        assertThat(snapshots.applyRetention(project)).isEmpty();
    }
}
