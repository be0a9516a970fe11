package dev.meridian.training.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.MeridianProperties;
import dev.meridian.platform.ProblemException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.training.TrainingProperties;
import dev.meridian.training.internal.jobs.FakeBedrock.Answer;
import dev.meridian.training.internal.registry.ModelRegistry;
import dev.meridian.training.internal.registry.ModelStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.bedrock.BedrockClient;

/**
 * A Bedrock job through the real job runner and registry (the shared server's database), against the local endpoint
 * that plays Bedrock: a refused dataset is a 422 naming the limit before anything is sent, a finished job registers a
 * version with the custom model, its losses, its inference target and its snapshot.
 */
@MeridianTest
class BedrockJobsTest {

    @LocalServerPort
    int port;
    @Autowired
    JobStore store;
    @Autowired
    ModelRegistry registry;
    @Autowired
    ProjectAccess access;
    @Autowired
    MeridianProperties meridian;
    @Autowired
    TrainingProperties training;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;
    FakeBedrock bedrock;
    BedrockClient client;

    @BeforeEach
    void start() throws IOException {
        bedrock = new FakeBedrock();
        client = bedrock.client();
    }

    @AfterEach
    void stop() {
        client.close();
        bedrock.close();
    }

    @Test
    void refusesASnapshotBedrockWouldRejectWithA422NamingTheLimit() {
        var project = new Fixtures(port).project();
        var data = new SnapshotFolder(folder).write(project, SnapshotFolder.records(20), List.of(
                SnapshotFolder.record(1, "Triage: the Assistant: prefix leaks into logs")));
        var jobs = jobs(data);

        assertThatThrownBy(() -> jobs.start(project, BedrockTrainer.KIND, "full", admin())).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(e.properties()).containsEntry("limit", "reservedKeywords").containsEntry("trainer", "bedrock");
            assertThat(e.getMessage()).contains("validation.jsonl line 1 contains \"Assistant:\"");
        });
        assertThat(bedrock.calls).isEmpty();
        assertThat(jobs.list(project, admin())).isEmpty();
    }

    @Test
    void registersTheCustomModelWithItsLossesTargetAndSnapshot() {
        var project = new Fixtures(port).project();
        var data = new SnapshotFolder(folder).write(project, SnapshotFolder.records(20), SnapshotFolder.records(3));
        var jobArn = "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/amazon.nova-micro-v1:0:128k/q1w2e3r4t5y6";
        var modelArn = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.nova-micro-v1:0:128k/z9x8c7v6b5n4";
        acceptsThenCompletesAfterOnePoll(jobArn, modelArn, "\"trainingMetrics\":{\"trainingLoss\":0.61},\"validationMetrics\":[{\"validationLoss\":0.74}]");
        var jobs = jobs(data);

        var started = jobs.start(project, BedrockTrainer.KIND, "incremental", admin());
        var ended = awaitEnd(started.id());

        assertThat(ended.status()).as(ended.toString()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(ended.trainer()).isEqualTo("bedrock");
        assertThat(ended.logs()).extracting(TrainingJob.LogLine::line).anyMatch(l -> l.equals("the bedrock trainer always trains in full"));
        assertThat(ended.mode()).as("the job reads as what it ran").isEqualTo("full");
        var version = registry.find(ended.modelVersionId()).orElseThrow();
        assertThat(version.trainer()).isEqualTo("bedrock");
        assertThat(version.baseModel()).isEqualTo("amazon.nova-micro-v1:0:128k");
        assertThat(version.artifact()).isEqualTo(modelArn);
        assertThat(version.externalJob()).isEqualTo(jobArn);
        assertThat(version.inferenceTarget()).isEqualTo("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/m1n2b3v4");
        assertThat(version.metrics()).containsEntry("trainingLoss", 0.61).containsEntry("validationLoss", 0.74);
        assertThat(version.datasetSnapshot()).isEqualTo(SnapshotFolder.SNAPSHOT);
        assertThat(version.datasetManifestSha256()).isEqualTo(data.seal(project).orElseThrow().manifestSha256());
        assertThat(version.status()).as("the first conversation version is promoted").isEqualTo(ModelStatus.ACTIVE);
        assertThat(version.parameters()).containsEntry("customizationType", "FINE_TUNING");
        assertThat(jdbc.sql("select owner from training_jobs where id = ?").param(started.id()).query(String.class).single()).isNotBlank();
    }

    @Test
    void aJobWhoseServerStoppedIsFollowedToItsEndByAnotherServer() throws InterruptedException {
        var project = new Fixtures(port).project();
        var data = new SnapshotFolder(folder).write(project, SnapshotFolder.records(20), SnapshotFolder.records(3));
        var jobArn = "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/amazon.nova-micro-v1:0:128k/a1s2d3f4g5h6";
        var modelArn = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.nova-micro-v1:0:128k/h6g5f4d3s2a1";
        // The first server: Bedrock accepts the job, then that server stops while the job trains: its runner waits
        // between two polls and never goes on (a daemon thread, left blocked).
        acceptsThenCompletesAfterOnePoll(jobArn, modelArn, "\"trainingMetrics\":{\"trainingLoss\":0.52}");
        var asleep = new CountDownLatch(1);
        var first = jobs(data, wait -> {
            asleep.countDown();
            blockForever();
        });
        var started = first.start(project, BedrockTrainer.KIND, "full", admin());
        assertThat(asleep.await(30, TimeUnit.SECONDS)).as("the first server polled once, then stopped").isTrue();
        var versionId = awaitExternalJob(started.id());
        assertThat(registry.find(versionId).orElseThrow().externalJob()).as("recorded as soon as Bedrock accepted it").isEqualTo(jobArn);
        jdbc.sql("update training_jobs set owner = 'stopped-server', heartbeat_at = now() - interval '10 minutes' where id = ?")
                .param(started.id()).update();

        var second = jobs(data);
        assertThat(second.recoverInterrupted(Duration.ofMinutes(5))).as("not failed: followed").doesNotContain(started.id());
        assertThat(second.recoverInterrupted(Duration.ofMinutes(5))).as("and taken over once").isEmpty();
        var ended = awaitEnd(started.id());

        assertThat(ended.status()).as(ended.toString()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(ended.owner()).isNotEqualTo("stopped-server");
        assertThat(ended.logs()).extracting(TrainingJob.LogLine::line).anyMatch(l -> l.contains("follows " + jobArn));
        var version = registry.find(versionId).orElseThrow();
        assertThat(version.artifact()).isEqualTo(modelArn);
        assertThat(version.metrics()).containsEntry("trainingLoss", 0.52);
        assertThat(version.datasetSnapshot()).isEqualTo(SnapshotFolder.SNAPSHOT);
        assertThat(version.status()).isIn(ModelStatus.ACTIVE, ModelStatus.CANDIDATE);
    }

    /** Bedrock creates the job, says it is in progress once, then completed with the custom model and these metrics. */
    private void acceptsThenCompletesAfterOnePoll(String jobArn, String modelArn, String metrics) {
        bedrock.script("create", Answer.ok(201, "{\"jobArn\":\"" + jobArn + "\"}"))
                .script("get", Answer.ok(200, "{\"jobArn\":\"" + jobArn + "\",\"status\":\"InProgress\"}"),
                        Answer.ok(200, "{\"jobArn\":\"" + jobArn + "\",\"status\":\"Completed\",\"outputModelArn\":\"" + modelArn
                                + "\"," + metrics + "}"));
    }

    private long awaitExternalJob(long jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var versionId = store.find(jobId).orElseThrow().modelVersionId();
            if (versionId != null && registry.find(versionId).orElseThrow().externalJob() != null) {
                return versionId;
            }
            assertThat(System.nanoTime()).as("no external job recorded").isLessThan(deadline);
            sleep(50);
        }
    }

    private static void blockForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private TrainingJobs jobs(SnapshotFolder data) {
        return jobs(data, wait -> { });
    }

    private TrainingJobs jobs(SnapshotFolder data, BedrockCalls.Sleeper sleeper) {
        var settings = new TrainingProperties.Bedrock("arn:aws:iam::123456789012:role/meridian-bedrock", "amazon.nova-micro-v1:0:128k",
                "FINE_TUNING", 2, 1e-5, 10, 0, null, "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/m1n2b3v4", false, 60, 120);
        var trainer = new BedrockTrainer(client, data.store, data, settings, sleeper);
        return new TrainingJobs(store, registry, List.of(trainer), data, access, meridian, training, List.of());
    }

    private CurrentUser admin() {
        return jdbc.sql("select id, email, display_name from users where email = ?").param(Api.ADMIN_EMAIL)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), true)).single();
    }

    private TrainingJob awaitEnd(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var job = store.find(id).orElseThrow();
            if (job.status() != JobStatus.RUNNING) {
                return job;
            }
            assertThat(System.nanoTime()).as("job still running: " + job).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
