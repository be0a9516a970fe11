package dev.meridian.training.internal;

import dev.meridian.platform.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Backfills as background jobs: one running per project, progress saved after every page (with a heartbeat), resumed
 * from the last page sent when a job's heartbeat stops (a restart, or a server that died), marked failed with the
 * reason when a page fails. A page sent twice after a crash only repeats events the worker takes idempotently.
 */
@Component
class BackfillJobs implements SmartLifecycle {

    static final Duration STALE = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(BackfillJobs.class);
    private static final String COLUMNS = """
            id, project_key, status, total_issues, issues, comments, messages, pages, last_issue_id, error, started_at, finished_at""";

    private final Backfill backfill;
    private final JdbcClient jdbc;
    private final Periodic sweeper = new Periodic("dataset-backfill-sweep");
    // Made again on every start: a stopped lifecycle (a restart in place, as the tests do) cannot reuse a shut-down pool.
    private volatile ExecutorService runners = runners();

    BackfillJobs(Backfill backfill, JdbcClient jdbc) {
        this.backfill = backfill;
        this.jdbc = jdbc;
    }

    /** A job's state; {@code lastIssueId} is where it resumes. */
    record Job(long id, String projectKey, String status, int totalIssues, int issues, int comments, int messages, int pages,
            long lastIssueId, String error, Instant startedAt, Instant finishedAt) {
    }

    /** A backfill started now ({@code started}), or the one already running for the project. */
    record Start(Job job, boolean started) {
    }

    /** Starts a backfill of the project in the background, unless one is running: then that one is the answer. */
    Start start(String projectKey, long requestedBy) {
        Job job;
        try {
            job = jdbc.sql("insert into dataset_backfills (project_key, status, requested_by, total_issues) values (?, 'running', ?, ?) "
                    + "returning " + COLUMNS).params(projectKey, requestedBy, backfill.issues(projectKey)).query(Job.class).single();
        } catch (DuplicateKeyException running) {
            return new Start(running(projectKey).orElseThrow(() -> new ConflictException("A backfill of " + projectKey
                    + " just started or ended; ask again")), false);
        }
        runners.execute(() -> run(job.id()));
        return new Start(job, true);
    }

    Optional<Job> job(String projectKey, long id) {
        return jdbc.sql("select " + COLUMNS + " from dataset_backfills where project_key = ? and id = ?").params(projectKey, id)
                .query(Job.class).optional();
    }

    /** Newest first. */
    List<Job> recent(String projectKey, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dataset_backfills where project_key = ? order by id desc limit ?")
                .params(projectKey, limit).query(Job.class).list();
    }

    private Optional<Job> running(String projectKey) {
        return jdbc.sql("select " + COLUMNS + " from dataset_backfills where project_key = ? and status = 'running'")
                .param(projectKey).query(Job.class).optional();
    }

    /** Takes over running jobs whose heartbeat is older than {@code stale} and runs them on from their last page. */
    int resumeStale(Duration stale) {
        List<Long> ids = jdbc.sql("""
                update dataset_backfills set heartbeat_at = now()
                where status = 'running' and heartbeat_at <= now() - make_interval(secs => ?) returning id""")
                .param(stale.toMillis() / 1000.0).query(Long.class).list();
        ids.forEach(id -> runners.execute(() -> run(id)));
        return ids.size();
    }

    private void run(long id) {
        try {
            while (true) {
                var job = jdbc.sql("select " + COLUMNS + " from dataset_backfills where id = ?").param(id).query(Job.class).optional();
                if (job.isEmpty() || !job.get().status().equals("running")) {
                    return;
                }
                var sent = backfill.next(job.get().projectKey(), job.get().lastIssueId());
                if (sent.issues() == 0) {
                    jdbc.sql("update dataset_backfills set status = 'done', finished_at = now(), heartbeat_at = now() where id = ?")
                            .param(id).update();
                    return;
                }
                jdbc.sql("""
                        update dataset_backfills set issues = issues + ?, comments = comments + ?, messages = messages + ?,
                            pages = pages + 1, last_issue_id = ?, heartbeat_at = now() where id = ? and status = 'running'""")
                        .params(sent.issues(), sent.comments(), sent.messages(), sent.lastIssueId(), id).update();
            }
        } catch (RuntimeException e) {
            if (runners.isShutdown()) {
                return; // stopping: left running, so that a server resumes it once its heartbeat is stale
            }
            log.warn("Backfill {} failed: {}", id, e.getMessage());
            jdbc.sql("update dataset_backfills set status = 'failed', error = ?, finished_at = now() where id = ? and status = 'running'")
                    .params(String.valueOf(e.getMessage()), id).update();
        }
    }

    private static ExecutorService runners() {
        return Executors.newFixedThreadPool(2, r -> {
            var thread = new Thread(r, "dataset-backfill");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void start() {
        if (runners.isShutdown()) {
            runners = runners();
        }
        sweeper.start(() -> {
            try {
                resumeStale(STALE);
            } catch (RuntimeException e) {
                log.warn("Looking for interrupted backfills failed: {}", e.getMessage());
            }
        }, STALE.toSeconds() / 2, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        sweeper.stop();
        runners.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return sweeper.isRunning();
    }
}
