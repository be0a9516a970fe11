package dev.meridian.training.internal.predictions;

import dev.meridian.training.internal.Periodic;
import dev.meridian.training.internal.registry.ModelRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable record of every answer the inference API gave, with the model version that produced it. A request only
 * puts its answer on a bounded in-memory queue (no database work, no JSON); a background writer stores them in batches
 * every {@value #FLUSH_MS} ms and on shutdown. When the writer falls 10,000 answers behind, new ones are dropped and
 * counted (the answers themselves are never delayed); {@link #dropped()} says how many.
 */
@Component
public class PredictionLog implements SmartLifecycle {

    static final int FLUSH_MS = 500;
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(PredictionLog.class);

    private final BlockingQueue<Prediction> pending = new ArrayBlockingQueue<>(CAPACITY);
    private final Map<String, Long> versionIds = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final JdbcTemplate jdbc;
    private final ModelRegistry registry;
    private final JsonMapper json;
    private final Periodic writer = new Periodic("prediction-log");

    PredictionLog(JdbcTemplate jdbc, ModelRegistry registry, JsonMapper json) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.json = json;
    }

    /** One answer: {@code kind} similar or suggestions, the version label it names, what it was about, what it said. */
    public record Prediction(Instant at, String projectKey, String kind, String modelVersion, String subject, Long callerId,
            Object results) {
    }

    /** Never blocks and never fails the request that calls it. */
    public void record(Prediction prediction) {
        if (!pending.offer(prediction)) {
            dropped.incrementAndGet();
        }
    }

    public long dropped() {
        return dropped.get();
    }

    /** Writes what is queued now; returns how many answers were stored. A batch the database refuses is dropped and counted. */
    public synchronized int flush() {
        int stored = 0;
        var batch = new ArrayList<Prediction>(BATCH);
        while (pending.drainTo(batch, BATCH) > 0) {
            try {
                stored += write(batch);
            } catch (RuntimeException e) {
                dropped.addAndGet(batch.size());
                log.warn("{} predictions could not be stored and were dropped: {}", batch.size(), e.toString());
                return stored;
            } finally {
                batch.clear();
            }
        }
        return stored;
    }

    /** The newest answers a version gave, newest first. */
    public List<Stored> recent(long versionId, int limit) {
        return jdbc.query("""
                select id, at, kind, subject, caller_id, results from predictions where model_version_id = ?
                order by id desc limit ?""", (rs, n) -> new Stored(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                rs.getString("kind"), rs.getString("subject"), (Long) rs.getObject("caller_id", Long.class),
                json.readTree(rs.getString("results"))), versionId, limit);
    }

    public record Stored(long id, Instant at, String kind, String subject, Long callerId, tools.jackson.databind.JsonNode results) {
    }

    private int write(List<Prediction> batch) {
        var rows = new ArrayList<Object[]>(batch.size());
        for (var p : batch) {
            var versionId = versionId(p.modelVersion());
            if (versionId == null) {
                log.warn("A {} answer names the unknown model version {}; not recorded", p.kind(), p.modelVersion());
                continue;
            }
            rows.add(new Object[] {Timestamp.from(p.at()), p.projectKey(), p.kind(), versionId, p.subject(), p.callerId(),
                    json.writeValueAsString(p.results())});
        }
        jdbc.batchUpdate("""
                insert into predictions (at, project_key, kind, model_version_id, subject, caller_id, results)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""", rows);
        return rows.size();
    }

    private Long versionId(String label) {
        var id = versionIds.get(label);
        if (id == null) {
            id = registry.findByLabel(label).map(v -> v.id()).orElse(null);
            if (id != null) {
                versionIds.put(label, id);
            }
        }
        return id;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Predictions could not be stored: {}", e.toString());
        }
    }

    @Override
    public void start() {
        writer.start(this::flushQuietly, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        writer.stop();
        flushQuietly();
    }

    @Override
    public boolean isRunning() {
        return writer.isRunning();
    }
}
