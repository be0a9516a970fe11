package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import dev.meridian.support.WorkerByHand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backfill re-emits a project's issues and comments to the queue; the worker (driven by hand here: the pipeline is
 * off in these tests) turns them into records that a sealed snapshot holds, links included.
 */
@MeridianTest
class DatasetBackfillTest {

    @LocalServerPort
    int port;
    @Autowired
    Queue queue;
    @Autowired
    DatasetWorkerHandler handler;
    @Autowired
    DatasetSnapshots snapshots;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void reEmitsEveryIssueAndCommentAsEventsNewerThanAnyChangeSoFar() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var first = fixtures.issue(project, admin, "Balancer skips racks");
        var second = fixtures.issue(project, admin, "Balancer skips racks again");
        fixtures.issue(project, admin, "Quota report double counts snapshots");
        admin.post("/api/v1/issues/" + first + "/comments", Map.of("body", "Seen on 3.3.4 as well"));
        admin.post("/api/v1/issues/" + second + "/links", Map.of("type", "duplicates", "issue", first));
        long newestEvent = jdbc.sql("select max(id) from outbox").query(Long.class).single();

        var response = admin.post("/api/v1/training/datasets/" + project + "/backfill", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(response.json().get("totalIssues").asInt()).isEqualTo(3);
        var job = WorkerByHand.awaitBackfill(admin, project, response.json().get("id").asLong());
        assertThat(job.get("status").asString()).isEqualTo("done");
        assertThat(job.get("issues").asInt()).isEqualTo(3);
        assertThat(job.get("comments").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/training/datasets/" + project + "/backfills").json().at("/items/0/id").asLong())
                .isEqualTo(job.get("id").asLong());
        var messages = worker().drain(project);
        assertThat(messages).hasSize(4);
        var events = messages.stream().map(m -> json.readTree(m.body())).toList();
        assertThat(events).extracting(e -> e.get("type").asString()).containsOnly("issue.updated", "comment.updated");
        assertThat(events).allSatisfy(e -> assertThat(e.get("eventId").asLong()).isGreaterThan(newestEvent));
        assertThat(events).extracting(e -> e.get("eventId").asLong()).doesNotHaveDuplicates();

        worker().work(messages);
        var manifest = snapshots.seal(project).orElseThrow();

        assertThat(manifest.records().get("document").train() + manifest.records().get("document").validation()).isEqualTo(3);
        var documents = new ArrayList<String>();
        for (var file : List.of("documents-train.jsonl", "documents-validation.jsonl")) {
            documents.add(new String(snapshots.read(project, manifest.snapshotId(), file).orElseThrow(), StandardCharsets.UTF_8));
        }
        assertThat(String.join("", documents)).contains("Seen on 3.3.4 as well")
                .contains("\"direction\":\"outward\",\"issueKey\":\"" + first + "\"");
    }

    @Test
    void sealsOnDemandOnceAndListsTheSnapshot() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        fixtures.issue(project, admin, "NameNode fails after upgrade");
        var empty = admin.post("/api/v1/training/datasets/" + project + "/snapshots", null);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("sealed").asBoolean()).isFalse();
        assertThat(empty.json().get("detail").asString()).contains("/backfill");

        worker().backfill(admin, project);
        var sealed = admin.post("/api/v1/training/datasets/" + project + "/snapshots", null);
        var again = admin.post("/api/v1/training/datasets/" + project + "/snapshots", null);

        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(201);
        assertThat(sealed.json().at("/snapshot/records").asLong()).isPositive();
        assertThat(sealed.json().at("/snapshot/files/0/sha256").asString()).hasSize(64);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/snapshot/snapshotId").asString()).isEqualTo(sealed.json().at("/snapshot/snapshotId").asString());
        var list = admin.get("/api/v1/training/datasets/" + project + "/snapshots").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(snapshots.list(project)).singleElement().satisfies(m -> assertThat(m.project()).isEqualTo(project));
    }

    @Test
    void refusesToBackfillOrSealAProjectWhoseAdminsTurnedTrainingOff() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        assertThat(admin.patch("/api/v1/projects/" + project, Map.of("aiTrainingEnabled", false)).status()).isEqualTo(200);

        var backfill = admin.post("/api/v1/training/datasets/" + project + "/backfill", null);
        var seal = admin.post("/api/v1/training/datasets/" + project + "/snapshots", null);

        assertThat(Problems.assertProblem(backfill, 409).get("detail").asString()).contains("AI training is turned off for " + project);
        Problems.assertProblem(seal, 409);
        assertThat(worker().drain(project)).isEmpty();
    }

    private WorkerByHand worker() {
        return new WorkerByHand(queue, handler, json);
    }
}
