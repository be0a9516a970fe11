package dev.meridian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Throughput and freshness of the training-data flow of a running Meridian: outbox → relay → queue → dataset worker →
 * anonymized JSONL in the local object store. Change events are committed straight into the outbox with JDBC, shaped as
 * the server writes them (the after-image of an issue created through the API, with other Hadoop text), because the
 * API's own write rate here (100–240/s, bench/README.md) is far below the rate the flow must carry; the flow starts at
 * the outbox, so what it is given there is what it sees. Half the events create an issue, half update one created 25
 * events earlier. Freshness of an event: from the commit of its row, as this program saw it, to the modification time
 * of the index file that commits its records (written last by the worker). Options: see bench/PIPELINE.md.
 */
public final class PipelineBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MeridianApi api;
    private final Connection db;
    private final SampleIssues samples;
    private final List<String> projects;
    private final Path datasets;
    private final ObjectNode template;
    private final long actorId;
    private final int batch;

    private PipelineBenchmark(MeridianApi api, Connection db, SampleIssues samples, List<String> projects, Path objects,
            ObjectNode template, long actorId, int batch) {
        this.api = api;
        this.db = db;
        this.samples = samples;
        this.projects = projects;
        this.datasets = objects.resolve("datasets");
        this.template = template;
        this.actorId = actorId;
        this.batch = batch;
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var email = options.text("user", "admin@meridian.local");
        var api = new MeridianApi(options.text("baseUrl", "http://127.0.0.1:8080"), email, options.text("password", "adminpass123"))
                .withNewToken(email, "pipeline-bench");
        var samples = SampleIssues.load(options.path("issues", "server/src/main/resources/demo/apache-hadoop/issues.csv"));
        var project = options.text("project", "PIPE");
        int projectCount = options.number("projects", 4);
        var projects = new ArrayList<String>();
        for (int p = 0; p < projectCount; p++) {
            projects.add(projectCount == 1 ? project : project + (char) ('A' + p));
        }
        var objects = options.optional("objects").map(Path::of)
                .orElseThrow(() -> new IllegalArgumentException("objects=<the server's $MERIDIAN_DATA_DIR/objects> is required"));
        int n = options.number("n", 20_000);
        for (var key : projects) {
            api.ensureProject(key, "Pipeline benchmark " + key);
        }
        var key = api.createIssue(samples.newIssue(projects.get(0), 0)).get("key").asString();
        try (var db = DriverManager.getConnection(options.optional("jdbcUrl").orElseThrow(() -> new IllegalArgumentException("jdbcUrl=... is required")),
                options.text("jdbcUser", "postgres"), options.text("jdbcPassword", ""));
                var probe = options.probe()) {
            var bench = template(api, db, samples, projects, objects, key, options.number("batch", 10));
            int offset = 0;
            int warmup = options.number("warmup", 5_000);
            if (warmup > 0) {
                System.err.println("warm-up " + bench.run("warm-up", warmup, options.number("rate", 2000), offset, probe).line());
                offset += warmup;
            }
            System.out.println(PipelineResult.HEADER);
            for (var phase : options.list("phases", "burst,paced")) {
                int rate = phase.equals("burst") ? 0 : options.number("rate", 2000);
                System.out.println(bench.run(phase, n, rate, offset, probe).line());
                offset += n;
            }
        }
    }

    /** The payload the server wrote for a real issue, as the pattern of every event this run commits. */
    private static PipelineBenchmark template(MeridianApi api, Connection db, SampleIssues samples, List<String> projects, Path objects,
            String key, int batch) throws SQLException {
        try (var select = db.prepareStatement("select payload::text, actor_id from outbox where aggregate_id = ? and event_type = 'issue.created'")) {
            select.setString(1, key);
            try (var rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no issue.created event for " + key + " in the outbox");
                }
                return new PipelineBenchmark(api, db, samples, projects, objects, (ObjectNode) JSON.readTree(rs.getString(1)),
                        rs.getLong(2), batch);
            }
        }
    }

    private PipelineResult run(String phase, int n, int rate, int offset, Usage.Probe probe) throws Exception {
        var events = new ArrayList<Event>(n);
        for (int i = 0; i < n; i++) {
            events.add(event(offset, i));
        }
        var committed = new HashMap<Long, Long>(n * 2);
        var depths = new PipelineDepths(api);
        var usage = probe.snapshot();
        long start = System.nanoTime();
        for (int i = 0; i < n; i += batch) {
            if (rate > 0) {
                long due = start + (long) i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            var ids = insert(events.subList(i, Math.min(n, i + batch)));
            long at = micros(Instant.now());
            ids.forEach(id -> committed.put(id, at));
        }
        double offered = n * 1e9 / (System.nanoTime() - start);
        long lastCommit = Collections.max(committed.values());
        awaitDrained();
        depths.stop();
        var stored = storedAt(committed);
        var used = probe.snapshot().minus(usage);
        var server = api.pipelineStatus().path("freshness");
        return PipelineResult.of(phase, committed, stored, offered, lastCommit, used, server, depths);
    }

    /**
     * Event i of a phase: even ones create an issue, odd ones update the issue created 25 events earlier; issues go
     * round the projects.
     */
    private Event event(int offset, int i) {
        boolean create = i % 2 == 0;
        int issue = offset / 2 + (create ? i / 2 : Math.max(0, i / 2 - 25)) + 1_000;
        var project = projects.get(issue % projects.size());
        var payload = payload(project, issue, create ? 1 : 2);
        return new Event(project, payload.get("key").asString(), create ? "issue.created" : "issue.updated", JSON.writeValueAsString(payload));
    }

    private record Event(String project, String key, String type, String payload) {
    }

    /** One transaction: the events as outbox rows, the way the server writes them; returns their ids. */
    private List<Long> insert(List<Event> events) throws SQLException {
        var sql = new StringBuilder("insert into outbox (aggregate_type, aggregate_id, event_type, project_key, actor_id, payload) values ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("('issue', ?, ?, ?, ?, cast(? as jsonb))");
        }
        sql.append(" returning id");
        try (var insert = db.prepareStatement(sql.toString())) {
            int p = 1;
            for (var event : events) {
                insert.setString(p++, event.key());
                insert.setString(p++, event.type());
                insert.setString(p++, event.project());
                insert.setLong(p++, actorId);
                insert.setString(p++, event.payload());
            }
            var ids = new ArrayList<Long>(events.size());
            try (var rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private ObjectNode payload(String project, int issue, int version) {
        var sample = samples.sample(issue + version * 7);
        var payload = template.deepCopy();
        var now = Instant.now().toString();
        payload.put("key", project + "-" + issue);
        if (payload.has("projectKey")) {
            payload.put("projectKey", project);
        }
        putIfPresent(payload, "number", issue);
        putIfPresent(payload, "id", 1_000_000L + issue);
        payload.put("summary", (version > 1 ? "Edited: " : "") + sample.summary());
        payload.put("description", sample.description());
        payload.put("priority", sample.priority());
        payload.put("version", version);
        payload.put("updatedAt", now);
        if (version == 1) {
            payload.put("createdAt", now);
        }
        return payload;
    }

    private static void putIfPresent(ObjectNode node, String field, long value) {
        if (node.has(field)) {
            node.put(field, value);
        }
    }

    /** Until the outbox is relayed and the queue is empty (the worker deletes a message once its records are stored). */
    private void awaitDrained() throws Exception {
        awaitDrained(api);
    }

    /** Until the outbox is relayed and the queue is empty, for benchmarks that need every change in the dataset. */
    static void awaitDrained(MeridianApi api) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline) {
            var status = api.pipelineStatus();
            if (status.at("/outbox/events").asLong() == 0 && status.at("/queue/visible").asLong() == 0
                    && status.at("/queue/inFlight").asLong() == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the pipeline did not drain within 30 minutes");
    }

    /** For each event of the run, when the first index naming it was written (epoch microseconds). */
    private Map<Long, Long> storedAt(Map<Long, Long> committed) throws IOException {
        var stored = new HashMap<Long, Long>(committed.size() * 2);
        if (!Files.isDirectory(datasets)) {
            return stored;
        }
        try (Stream<Path> files = Files.walk(datasets)) {
            for (var index : files.filter(f -> f.getFileName().toString().startsWith("index-")).toList()) {
                long at = Files.getLastModifiedTime(index).to(TimeUnit.MICROSECONDS);
                for (JsonNode id : JSON.readTree(index.toFile()).get("eventIds")) {
                    if (committed.containsKey(id.asLong())) {
                        stored.merge(id.asLong(), at, Math::min);
                    }
                }
            }
        }
        return stored;
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
