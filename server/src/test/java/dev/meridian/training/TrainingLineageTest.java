package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.dataset.Hashes;
import dev.meridian.pipeline.dataset.Manifest;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.PipelineProperties;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Every model version names the sealed snapshot it was trained on, and retention keeps that snapshot. */
@MeridianTest
class TrainingLineageTest {

    @LocalServerPort
    int port;
    @Autowired
    Queue queue;
    @Autowired
    DatasetWorkerHandler handler;
    @Autowired
    DatasetSnapshots snapshots;
    @Autowired
    ObjectStore datasetStore;
    @Autowired
    JsonMapper json;
    @Autowired
    WorkerSettings settings;
    @Autowired
    PipelineProperties pipeline;
    @Autowired
    ObjectProvider<PinnedSnapshots> pinned;

    @Test
    void recordsTheSnapshotAndItsManifestShaAndRetentionKeepsItPastTheNewest() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project();
        HadoopSample.of(2, 12).importInto(admin, project, Set.of());
        var worker = new WorkerByHand(queue, handler, json);
        worker.backfill(admin, project);

        var job = Training.train(admin, project, "full");

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        var sealed = snapshots.latest(project).orElseThrow();
        var manifest = datasetStore.get("snapshots/" + project + "/" + sealed.snapshotId() + "/manifest.json").orElseThrow();
        var version = admin.get("/api/v1/models?project=" + project).json().get(0);
        assertThat(version.get("datasetSnapshot").asString()).isEqualTo(sealed.snapshotId());
        assertThat(version.get("datasetManifestSha256").asString()).isEqualTo(Hashes.sha256(manifest));
        assertThat(job.get("logs").findValuesAsString("line"))
                .anyMatch(line -> line.contains("on dataset snapshot " + sealed.snapshotId() + " (manifest sha256 " + Hashes.sha256(manifest)));

        var keepOne = new PipelineProperties(true, 200, 1, 500, "", pipeline.awsRegion(), pipeline.queue(), pipeline.store(),
                new PipelineProperties.Snapshots(0, "-", 1, 10));
        var retention = new DatasetSnapshots(datasetStore, settings, Clock.systemUTC(), keepOne, event -> { }, pinned);
        var newer = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            worker.backfill(admin, project); // the relay is off in these tests: a backfill is what reaches the worker
            newer.add(retention.seal(project).orElseThrow().snapshotId());
        }
        assertThat(retention.list(project)).as("the newest, and the one the active model was trained on")
                .extracting(Manifest::snapshotId).containsExactly(sealed.snapshotId(), newer.get(1));
    }

    @Test
    void aConversationModelNeedsTheBedrockTrainer() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var started = fixtures.admin().post("/api/v1/training/jobs", Map.of("project", project, "kind", "conversation"));
        assertThat(Problems.assertProblem(started, 400).get("detail").asString())
                .isEqualTo("kind: no trainer makes 'conversation' models here: the conversation kind is trained by Amazon Bedrock (MERIDIAN_TRAINER=bedrock)");
    }
}
