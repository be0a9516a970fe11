package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import dev.meridian.training.internal.inference.LiveIndexes;
import dev.meridian.training.internal.jobs.TrainingJobs;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@MeridianTest
class TrainingLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrainingJobs jobs;

    @Autowired
    LiveIndexes indexes;

    @Autowired
    WorkerByHand worker;

    @Test
    void trainsPromotesRetrainsIncrementallyAndRollsBack() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project();
        HadoopSample.of(8, 40).importInto(admin, project, Set.of());
        worker.backfill(admin, project);

        var first = Training.train(admin, project, "full");
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("succeeded");
        assertThat(first.get("progress").asInt()).isEqualTo(100);
        assertThat(lines(first)).anyMatch(l -> l.startsWith("read 40 issues and 8 duplicate links"))
                .anyMatch(l -> l.contains("promoted: no active version to beat"));
        var v1 = models(project).get(0);
        assertThat(v1.get("status").asString()).isEqualTo("active");
        assertThat(v1.get("trainer").asString()).isEqualTo("local");
        assertThat(v1.get("metrics").properties()).extracting(Map.Entry::getKey).contains("triage.priority.macroF1");
        assertThat(v1.get("artifact").asString()).endsWith(v1.get("label").asString() + ".zip");
        // nobody asked for a suggestion yet: the index is built ahead of the first one
        Training.awaitIndex(indexes, project, v1.get("label").asString());

        var unchanged = Training.train(admin, project, "incremental");
        assertThat(unchanged.get("status").asString()).isEqualTo("failed");
        assertThat(unchanged.get("failure").asString()).contains("No issue of " + project + " changed since " + v1.get("label").asString());

        fixtures.issue(project, admin, "NameNode runs out of memory while loading a large edit log at startup");
        worker.backfill(admin, project);
        var second = Training.train(admin, project, "incremental");
        assertThat(second.get("status").asString()).as(second.toString()).isEqualTo("succeeded");
        var v2 = models(project).get(0);
        assertThat(v2.get("mode").asString()).isEqualTo("incremental");
        assertThat(v2.get("parentId").asLong()).isEqualTo(v1.get("id").asLong());
        assertThat(lines(second)).anyMatch(l -> l.contains("warm start from " + v1.get("label").asString() + " with 1 changed issues"));

        var promoted = admin.post("/api/v1/models/" + v2.get("id").asLong() + "/promote", null);
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(statuses(project)).containsExactly("active", "failed", "retired");
        Training.awaitIndex(indexes, project, v2.get("label").asString());

        var rolledBack = admin.post("/api/v1/projects/" + project + "/models/rollback", null);
        assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
        assertThat(rolledBack.json().get("id").asLong()).isEqualTo(v1.get("id").asLong());
        assertThat(statuses(project)).containsExactly("retired", "failed", "active");
        Training.awaitIndex(indexes, project, v1.get("label").asString());

        var nothingLeft = admin.post("/api/v1/projects/" + project + "/models/rollback", null);
        assertThat(Problems.assertProblem(nothingLeft, 409).path("detail").asString()).contains("nothing to roll back to");
    }

    @Test
    void refusesASecondJobOfTheSameKindAndFailsJobsAStoppedServerLeftRunning() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        long stale = jdbc.sql("""
                insert into training_jobs (project_key, kind, mode, trainer, status, started_at)
                values (?, 'triage-duplicates', 'full', 'local', 'running', now()) returning id""")
                .param(project).query(Long.class).single();
        long version = jdbc.sql("""
                insert into model_versions (project_key, kind, number, label, base_model, trainer, mode, status)
                values (?, 'triage-duplicates', 1, ?, 'minilm', 'local', 'full', 'training') returning id""")
                .params(project, project + "-stale-1").query(Long.class).single();
        jdbc.sql("update training_jobs set model_version_id = ? where id = ?").params(version, stale).update();

        var second = fixtures.admin().post("/api/v1/training/jobs", Map.of("project", project, "kind", "triage-duplicates", "mode", "full"));
        var problem = Problems.assertProblem(second, 409);
        assertThat(problem.path("detail").asString()).contains("already running (job " + stale + ")");

        assertThat(jobs.recoverInterrupted()).contains(stale);
        var job = fixtures.admin().get("/api/v1/training/jobs/" + stale).json();
        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("failure").asString())
                .isEqualTo("the server running this job stopped (no heartbeat for 2 minutes); start it again");
        assertThat(statuses(project)).containsExactly("failed");
    }

    @Test
    void leavesTheJobsOfAnotherLiveServerAloneAndFailsThemOnceItsHeartbeatStops() {
        var project = new Fixtures(port).project();
        long other = jdbc.sql("""
                insert into training_jobs (project_key, kind, mode, trainer, status, started_at, owner, heartbeat_at)
                values (?, 'triage-duplicates', 'full', 'local', 'running', now(), 'server-b/42', now() - interval '20 seconds')
                returning id""").param(project).query(Long.class).single();

        assertThat(jobs.recoverInterrupted()).doesNotContain(other);
        assertThat(new Fixtures(port).admin().get("/api/v1/training/jobs/" + other).json().get("status").asString()).isEqualTo("running");

        jdbc.sql("update training_jobs set heartbeat_at = now() - interval '3 minutes' where id = ?").param(other).update();
        assertThat(jobs.recoverInterrupted()).contains(other);
        var job = new Fixtures(port).admin().get("/api/v1/training/jobs/" + other).json();
        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("owner").asString()).isEqualTo("server-b/42");
    }

    @Test
    void cancelsARunningJobAtItsNextCheckpoint() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project();
        HadoopSample.of(0, 300).importInto(admin, project, Set.of());
        worker.backfill(admin, project);

        var started = admin.post("/api/v1/training/jobs", Map.of("project", project, "mode", "full"));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        var cancel = admin.post("/api/v1/training/jobs/" + id + "/cancel", null);
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertThat(cancel.json().get("cancelRequested").asBoolean()).isTrue();

        var ended = Training.awaitEnd(admin, id);
        assertThat(ended.get("status").asString()).as(ended.toString()).isEqualTo("cancelled");
        assertThat(ended.get("progress").asInt()).isLessThan(100);
        assertThat(statuses(project)).containsExactly("failed");
        assertThat(Problems.assertProblem(admin.get("/api/v1/issues/" + project + "-1/similar"), 409).path("detail").asString())
                .contains("has no active model yet");
    }

    @Test
    void rejectsUnknownKindsAndModesNamingTheChoices() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var kind = fixtures.admin().post("/api/v1/training/jobs", Map.of("project", project, "kind", "vibes", "mode", "full"));
        assertThat(Problems.assertProblem(kind, 400).path("detail").asString()).contains("choose one of: conversation, question-intent, triage-duplicates");
        var mode = fixtures.admin().post("/api/v1/training/jobs", Map.of("project", project, "mode", "partial"));
        assertThat(Problems.assertProblem(mode, 400).path("detail").asString()).contains("choose full or incremental");
    }

    private java.util.List<JsonNode> models(String project) {
        var list = new ArrayList<JsonNode>();
        new Fixtures(port).admin().get("/api/v1/models?project=" + project).json().forEach(list::add);
        return list;
    }

    private java.util.List<String> statuses(String project) {
        return models(project).stream().map(m -> m.get("status").asString()).toList();
    }

    private static java.util.List<String> lines(JsonNode job) {
        var lines = new ArrayList<String>();
        job.get("logs").forEach(l -> lines.add(l.get("line").asString()));
        return lines;
    }
}
