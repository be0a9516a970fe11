package dev.meridian.training.internal.jobs;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.platform.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training jobs in the database, so they outlive the process that runs them. State changes (start, end, cancel
 * request) write change events; progress and log lines are bookkeeping of a running job and do not.
 */
@Component
class JobStore {

    private final JdbcClient jdbc;
    private final ChangeEvents events;

    JobStore(JdbcClient jdbc, ChangeEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The unique index on running jobs decides between two concurrent starts, even across servers. */
    @Transactional
    public TrainingJob start(String projectKey, String kind, String mode, String trainer, Long actorId, String owner) {
        var id = jdbc.sql("""
                insert into training_jobs (project_key, kind, mode, trainer, status, requested_by, started_at, owner, heartbeat_at)
                values (?, ?, ?, ?, 'running', ?, now(), ?, now())
                on conflict (project_key, kind) where status = 'running' do nothing returning id""")
                .params(projectKey, kind, mode, trainer, actorId, owner).query(Long.class).optional();
        if (id.isEmpty()) {
            var running = jdbc.sql("select id from training_jobs where project_key = ? and kind = ? and status = 'running'")
                    .params(projectKey, kind).query(Long.class).optional().map(String::valueOf).orElse("?");
            throw new ConflictException("A " + kind + " training job for " + projectKey + " is already running (job " + running
                    + "); wait for it to end or cancel it").with("runningJob", running);
        }
        log(id.get(), "queued: " + mode + " training of " + kind + " for " + projectKey);
        return record("training.job.started", require(id.get()), actorId);
    }

    public void progress(long id, int percent, Integer etaSeconds) {
        jdbc.sql("update training_jobs set progress = ?, eta_seconds = ? where id = ? and status = 'running'")
                .params(Math.max(0, Math.min(100, percent)), etaSeconds, id).update();
    }

    /** The mode the job runs in after all (an incremental one with nothing to start from runs in full), said in its log. */
    public void ranIn(long id, String mode, String why) {
        jdbc.sql("update training_jobs set mode = ? where id = ?").params(mode, id).update();
        log(id, why);
    }

    public void log(long id, String line) {
        jdbc.sql("insert into training_job_logs (job_id, line) values (?, ?)").params(id, line).update();
    }

    @Transactional
    public TrainingJob finish(long id, JobStatus status, String failure) {
        int changed = jdbc.sql("""
                update training_jobs set status = ?, failure = ?, finished_at = now(), eta_seconds = null,
                    progress = case when ? = 'succeeded' then 100 else progress end
                where id = ? and status = 'running'""")
                .params(status.db(), failure, status.db(), id).update();
        if (changed == 0) {
            return require(id);
        }
        if (failure != null) {
            log(id, status.db() + ": " + failure);
        }
        return record("training.job." + status.db(), require(id), null);
    }

    @Transactional
    public TrainingJob requestCancel(long id, Long actorId) {
        var job = require(id);
        if (job.status() != JobStatus.RUNNING) {
            return job;
        }
        jdbc.sql("update training_jobs set cancel_requested = true where id = ?").param(id).update();
        log(id, "cancel requested");
        return record("training.job.cancel-requested", require(id), actorId);
    }

    public boolean cancelRequested(long id) {
        return jdbc.sql("select cancel_requested from training_jobs where id = ?").param(id).query(Boolean.class).single();
    }

    /** The server {@code owner} still runs these jobs. */
    public void heartbeat(String owner, java.util.Collection<Long> running) {
        if (!running.isEmpty()) {
            jdbc.sql("update training_jobs set heartbeat_at = now() where owner = ? and status = 'running' and id = any(?)")
                    .params(owner, running.toArray(Long[]::new)).update();
        }
    }

    /** Jobs left running by a server that stopped (no heartbeat for {@code stale}); none of {@code runningHere}. */
    public List<TrainingJob> interrupted(java.util.Collection<Long> runningHere, java.time.Duration stale) {
        return jdbc.sql("""
                select * from training_jobs where status = 'running' and not (id = any(?))
                and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?)) order by id""")
                .params(runningHere.toArray(Long[]::new), stale.toSeconds()).query(JobStore::job).list();
    }

    /** Makes {@code owner} the job's server if it is still interrupted; false when another server took it first. */
    public boolean adopt(long id, String owner, java.time.Duration stale) {
        return jdbc.sql("""
                update training_jobs set owner = ?, heartbeat_at = now() where id = ? and status = 'running'
                and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))""")
                .params(owner, id, stale.toSeconds()).update() > 0;
    }

    /** Interrupted jobs marked failed with the reason. */
    @Transactional
    public List<Long> failInterrupted(String reason, java.util.Collection<Long> runningHere, java.time.Duration stale) {
        var ids = interrupted(runningHere, stale).stream().map(TrainingJob::id).toList();
        ids.forEach(id -> finish(id, JobStatus.FAILED, reason));
        return ids;
    }

    public Optional<TrainingJob> find(long id) {
        return jdbc.sql("select * from training_jobs where id = ?").param(id).query(JobStore::job).optional()
                .map(j -> j.withLogs(jdbc.sql("select at, line from training_job_logs where job_id = ? order by id")
                        .param(id).query((rs, n) -> new TrainingJob.LogLine(rs.getTimestamp("at").toInstant(), rs.getString("line"))).list()));
    }

    public List<TrainingJob> list(String projectKey, int limit) {
        return jdbc.sql("select * from training_jobs where project_key = ? order by id desc limit ?").params(projectKey, limit)
                .query(JobStore::job).list();
    }

    private TrainingJob require(long id) {
        return find(id).orElseThrow();
    }

    private TrainingJob record(String type, TrainingJob job, Long actorId) {
        events.record(new ChangeEvent(type, "training-job", String.valueOf(job.id()), job.projectKey(), actorId, job.withLogs(List.of())));
        return job;
    }

    private static TrainingJob job(ResultSet rs, int row) throws SQLException {
        return new TrainingJob(rs.getLong("id"), rs.getString("project_key"), rs.getString("kind"), rs.getString("mode"),
                rs.getString("trainer"), JobStatus.of(rs.getString("status")), rs.getInt("progress"),
                (Integer) rs.getObject("eta_seconds", Integer.class), rs.getBoolean("cancel_requested"),
                (Long) rs.getObject("model_version_id", Long.class), rs.getString("failure"),
                (Long) rs.getObject("requested_by", Long.class), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("owner"), instant(rs, "heartbeat_at"), List.of());
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
