package dev.meridian.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.events.Outbox;
import dev.meridian.issues.IssueImages;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.WorkerByHand;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Backfills run in the background: they resume after a restart from the last page sent, fail visibly, never pile up. */
@MeridianTest
class BackfillJobsTest {

    @LocalServerPort
    int port;
    @Autowired
    BackfillJobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Queue queue;
    @Autowired
    DatasetWorkerHandler handler;
    @Autowired
    JsonMapper json;
    @Autowired
    IssueImages images;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void resumesAnInterruptedBackfillFromTheLastPageItSent() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var sent = fixtures.issue(project, fixtures.admin(), "Balancer skips racks");
        fixtures.issue(project, fixtures.admin(), "Quota report double counts snapshots");
        fixtures.issue(project, fixtures.admin(), "NameNode fails after upgrade");
        long firstIssueId = jdbc.sql("select i.id from issues i join projects p on p.id = i.project_id where p.key = ? order by i.id limit 1")
                .param(project).query(Long.class).single();
        long id = jdbc.sql("""
                insert into dataset_backfills (project_key, status, total_issues, issues, pages, last_issue_id, heartbeat_at)
                values (?, 'running', 3, 1, 1, ?, now() - interval '5 minutes') returning id""")
                .params(project, firstIssueId).query(Long.class).single();

        assertThat(jobs.resumeStale(BackfillJobs.STALE)).isPositive();

        var job = await(() -> jobs.job(project, id).filter(j -> !j.status().equals("running")).orElse(null));
        assertThat(job.status()).isEqualTo("done");
        assertThat(job.issues()).isEqualTo(3);
        assertThat(job.pages()).isEqualTo(2);
        var keys = new WorkerByHand(queue, handler, json).drain(project).stream()
                .map(m -> json.readTree(m.body()).get("aggregateId").asString()).toList();
        assertThat(keys).hasSize(2).doesNotContain(sent);
    }

    @Test
    void marksABackfillWhoseQueueFailsAsFailedWithTheReason() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.issue(project, fixtures.admin(), "Balancer skips racks");
        Queue unreachable = (Queue) Proxy.newProxyInstance(Queue.class.getClassLoader(), new Class<?>[] {Queue.class}, (proxy, method, args) -> {
            throw new IllegalStateException("queue unreachable: connection refused");
        });
        var failing = new BackfillJobs(new Backfill(images, outbox, unreachable, transactions, json, Clock.systemUTC()), jdbc);

        var started = failing.start(project, 1).job();

        var job = await(() -> failing.job(project, started.id()).filter(j -> !j.status().equals("running")).orElse(null));
        assertThat(job.status()).isEqualTo("failed");
        assertThat(job.error()).contains("queue unreachable");
        assertThat(job.finishedAt()).isNotNull();
        assertThat(jobs.resumeStale(Duration.ZERO)).as("a failed job is not resumed").isZero();
        failing.stop();
    }

    @Test
    void answersWithTheRunningBackfillInsteadOfStartingASecond() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        long running = jdbc.sql("insert into dataset_backfills (project_key, status) values (?, 'running') returning id").param(project)
                .query(Long.class).single();
        try {
            var second = fixtures.admin().post("/api/v1/training/datasets/" + project + "/backfill", null);

            assertThat(second.status()).as(second.toString()).isEqualTo(200);
            assertThat(second.json().get("id").asLong()).isEqualTo(running);
            assertThat(jdbc.sql("select count(*) from dataset_backfills where project_key = ?").param(project).query(Long.class).single())
                    .isOne();
        } finally {
            jdbc.sql("update dataset_backfills set status = 'failed', error = 'test' where id = ?").param(running).update();
        }
    }

    private static <T> T await(Supplier<T> value) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            assertThat(System.nanoTime()).as("reached within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
