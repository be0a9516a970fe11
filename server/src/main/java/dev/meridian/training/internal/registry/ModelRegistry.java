package dev.meridian.training.internal.registry;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The model versions of every project, and the moves between their states; each move writes its change event. */
@Component
public class ModelRegistry {

    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ChangeEvents events;

    ModelRegistry(JdbcClient jdbc, JsonMapper json, ChangeEvents events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /** A version in training for job {@code jobId}, numbered after the project's last one of this kind. */
    @Transactional
    public ModelVersion begin(long jobId, String projectKey, String kind, String baseModel, String trainer, String mode,
            Long parentId, String datasetSnapshot, String manifestSha256, Map<String, Object> parameters, Long actorId) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from model_versions where project_key = ? and kind = ?")
                .params(projectKey, kind).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into model_versions (project_key, kind, number, label, base_model, trainer, mode, parent_id,
                    dataset_snapshot, dataset_manifest_sha256, parameters, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 'training') returning id""")
                .params(projectKey, kind, number, projectKey + "-" + kind + "-" + number, baseModel, trainer, mode, parentId,
                        datasetSnapshot, manifestSha256, json.writeValueAsString(parameters))
                .query(Long.class).single();
        jdbc.sql("update training_jobs set model_version_id = ? where id = ?").params(id, jobId).update();
        return record("model.training", require(id), actorId);
    }

    @Transactional
    public ModelVersion completed(long id, Map<String, Double> metrics, String artifact, String dataChecksum,
            Instant trainedThrough, String externalJob, String inferenceTarget, Long actorId) {
        jdbc.sql("""
                update model_versions set status = 'candidate', metrics = cast(? as jsonb), artifact = ?, data_checksum = ?,
                    trained_through = ?, external_job = ?, inference_target = ?, finished_at = now()
                where id = ? and status = 'training'""")
                .params(json.writeValueAsString(metrics), artifact, dataChecksum, Timestamp.from(trainedThrough), externalJob,
                        inferenceTarget, id).update();
        return record("model.trained", require(id), actorId);
    }

    /** The engine's job training the version, known before it ends, so that another server can follow it. */
    @Transactional
    public void externalJob(long id, String externalJob) {
        if (jdbc.sql("update model_versions set external_job = ? where id = ? and status = 'training'").params(externalJob, id).update() > 0) {
            record("model.training", require(id), null);
        }
    }

    @Transactional
    public void failed(long id, String reason, Long actorId) {
        int changed = jdbc.sql("update model_versions set status = 'failed', status_reason = ?, finished_at = now() where id = ? and status = 'training'")
                .params(reason, id).update();
        if (changed > 0) {
            record("model.failed", require(id), actorId);
        }
    }

    /** The versions the given jobs, interrupted by a server that stopped, were training. */
    @Transactional
    public int failInterrupted(String reason, List<Long> jobIds) {
        var ids = jdbc.sql("""
                select v.id from model_versions v join training_jobs j on j.model_version_id = v.id
                where v.status = 'training' and j.id = any(?)""").param(jobIds.toArray(Long[]::new)).query(Long.class).list();
        ids.forEach(id -> failed(id, reason, null));
        return ids.size();
    }

    /** Makes the version active and retires the one it replaces. */
    @Transactional
    public ModelVersion promote(long id, String reason, Long actorId) {
        var version = require(id);
        if (version.status() == ModelStatus.ACTIVE) {
            return version;
        }
        if (version.status() != ModelStatus.CANDIDATE && version.status() != ModelStatus.RETIRED) {
            throw new ConflictException("Model " + version.label() + " is " + version.status().db()
                    + "; only a candidate or a retired version can be promoted");
        }
        jdbc.sql("update model_versions set status = 'retired' where project_key = ? and kind = ? and status = 'active'")
                .params(version.projectKey(), version.kind()).update();
        jdbc.sql("update model_versions set status = 'active', status_reason = ?, activated_at = now() where id = ?")
                .params(reason, id).update();
        return record("model.promoted", require(id), actorId);
    }

    /**
     * Puts back the version that was active before the current one. The current one is retired and forgotten as a
     * rollback target, so rolling back twice goes two versions back.
     */
    @Transactional
    public ModelVersion rollback(String projectKey, String kind, Long actorId) {
        var current = active(projectKey, kind).orElseThrow(() -> new ConflictException(
                "Project " + projectKey + " has no active " + kind + " model to roll back"));
        var previous = jdbc.sql("""
                select id from model_versions where project_key = ? and kind = ? and status = 'retired'
                and activated_at is not null and id <> ? order by activated_at desc, id desc limit 1""")
                .params(projectKey, kind, current.id()).query(Long.class).optional()
                .orElseThrow(() -> new ConflictException("Model " + current.label() + " is the first version that was active in "
                        + projectKey + "; there is nothing to roll back to"));
        jdbc.sql("update model_versions set status = 'retired', activated_at = null, status_reason = ? where id = ?")
                .params("rolled back", current.id()).update();
        jdbc.sql("update model_versions set status = 'active', status_reason = ?, activated_at = now() where id = ?")
                .params("restored by rollback from " + current.label(), previous).update();
        record("model.retired", require(current.id()), actorId);
        return record("model.rolled-back", require(previous), actorId);
    }

    /**
     * Takes the active version out of service because its artifact cannot be read ({@code reason} says why), and puts
     * back the version that was active before it, if any; empty when there is none to fall back to.
     */
    @Transactional
    public Optional<ModelVersion> markBroken(long id, String reason, Long actorId) {
        var broken = require(id);
        int changed = jdbc.sql("update model_versions set status = 'broken', status_reason = ? where id = ? and status = 'active'")
                .params(reason, id).update();
        if (changed == 0) {
            return active(broken.projectKey(), broken.kind());
        }
        record("model.broken", require(id), actorId);
        var previous = jdbc.sql("""
                select id from model_versions where project_key = ? and kind = ? and status = 'retired'
                and activated_at is not null order by activated_at desc, id desc limit 1""")
                .params(broken.projectKey(), broken.kind()).query(Long.class).optional();
        previous.ifPresent(p -> jdbc.sql("update model_versions set status = 'active', status_reason = ?, activated_at = now() where id = ?")
                .params("restored because " + broken.label() + " is broken", p).update());
        return previous.map(p -> record("model.rolled-back", require(p), actorId));
    }

    public Optional<ModelVersion> findByLabel(String label) {
        return jdbc.sql("select * from model_versions where label = ?").param(label).query(this::version).optional();
    }

    public Optional<ModelVersion> active(String projectKey, String kind) {
        return jdbc.sql("select * from model_versions where project_key = ? and kind = ? and status = 'active'")
                .params(projectKey, kind).query(this::version).optional();
    }

    /** The active version of every project and kind. */
    public List<ModelVersion> actives() {
        return jdbc.sql("select * from model_versions where status = 'active' order by project_key, kind").query(this::version).list();
    }

    /** The snapshots this project's versions were trained on, except failed ones: retention keeps them. */
    public java.util.Set<String> trainedOn(String projectKey) {
        return new java.util.TreeSet<>(jdbc.sql("""
                select distinct dataset_snapshot from model_versions
                where project_key = ? and dataset_snapshot is not null and status <> 'failed'""")
                .param(projectKey).query(String.class).list());
    }

    public Optional<ModelVersion> find(long id) {
        return jdbc.sql("select * from model_versions where id = ?").param(id).query(this::version).optional();
    }

    public List<ModelVersion> list(String projectKey) {
        return jdbc.sql("select * from model_versions where project_key = ? order by id desc").param(projectKey)
                .query(this::version).list();
    }

    private ModelVersion require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Model version", id));
    }

    private ModelVersion record(String type, ModelVersion version, Long actorId) {
        events.record(new ChangeEvent(type, "model-version", String.valueOf(version.id()), version.projectKey(), actorId, version));
        return version;
    }

    private ModelVersion version(ResultSet rs, int row) throws SQLException {
        return new ModelVersion(rs.getLong("id"), rs.getString("project_key"), rs.getString("kind"), rs.getInt("number"),
                rs.getString("label"), rs.getString("base_model"), rs.getString("trainer"), rs.getString("mode"),
                (Long) rs.getObject("parent_id", Long.class), rs.getString("dataset_snapshot"),
                rs.getString("dataset_manifest_sha256"), rs.getString("data_checksum"), instant(rs, "trained_through"),
                json.readValue(rs.getString("parameters"), PARAMETERS), json.readValue(rs.getString("metrics"), METRICS),
                rs.getString("artifact"), rs.getString("external_job"), rs.getString("inference_target"), ModelStatus.of(rs.getString("status")),
                rs.getString("status_reason"), instant(rs, "created_at"), instant(rs, "finished_at"), instant(rs, "activated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
