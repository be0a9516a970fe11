package dev.meridian.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * The database's own insert rate: rows as wide as an issue (same text) written with plain JDBC into a scratch table
 * of the same database, then the table is dropped. Three ways: batched on one connection (the ceiling), one row per
 * commit on {@code concurrency} connections (what the API does per create), and one row per commit on one connection.
 */
public final class JdbcBaseline {

    private static final String TABLE = "bench_scratch_issues";
    private static final String INSERT = "insert into " + TABLE + " (project_id, number, key, type_id, status_id, priority_id,"
            + " summary, description, reporter_id, creator_id, labels, created_at, updated_at) values (1, ?, ?, 1, 1, 1, ?, ?, 1, 1, ?, ?, ?)";

    private final String url;
    private final String user;
    private final String password;
    private final SampleIssues samples;

    private JdbcBaseline(String url, String user, String password, SampleIssues samples) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.samples = samples;
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var url = options.optional("jdbcUrl").orElseThrow(() -> new IllegalArgumentException("jdbcUrl=... is required"));
        var samples = SampleIssues.load(options.path("issues", "server/src/main/resources/demo/apache-hadoop/issues.csv"));
        var baseline = new JdbcBaseline(url, options.text("jdbcUser", "postgres"), options.text("jdbcPassword", ""), samples);
        int n = options.number("n", 10_000);
        int concurrency = options.number("concurrency", 8);
        try (var admin = baseline.connect(); var probe = options.probe()) {
            System.out.println(settings(admin));
            System.out.println(PhaseResult.HEADER);
            try {
                create(admin);
                System.out.println(baseline.batched(n, options.number("batchSize", 1000), probe).row());
                truncate(admin);
                System.out.println(baseline.rowPerCommit(n, concurrency, probe).row());
                truncate(admin);
                System.out.println(baseline.rowPerCommit(options.number("serialRows", Math.min(n, 10_000)), 1, probe).row());
            } finally {
                execute(admin, "drop table if exists " + TABLE);
            }
        }
    }

    private PhaseResult batched(int n, int batchSize, Usage.Probe probe) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("reWriteBatchedInserts", "true"); // multi-row inserts: the driver's fastest batch
        try (var connection = DriverManager.getConnection(url, properties); var insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            var before = probe.snapshot();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bind(insert, i);
                insert.addBatch();
                if ((i + 1) % batchSize == 0 || i == n - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            long elapsed = System.nanoTime() - start;
            return new PhaseResult("JDBC insert, 1 connection, " + batchSize + " rows per commit", n, 0, elapsed, null,
                    probe.snapshot().minus(before));
        }
    }

    private PhaseResult rowPerCommit(int n, int concurrency, Usage.Probe probe) throws Exception {
        var pool = new ArrayBlockingQueue<PreparedStatement>(concurrency);
        try (var runner = new LoadRunner(concurrency, probe)) {
            for (int c = 0; c < concurrency; c++) {
                pool.add(connect().prepareStatement(INSERT));
            }
            var name = "JDBC insert, " + concurrency + (concurrency == 1 ? " connection" : " connections") + ", 1 row per commit";
            return runner.run(name, n, i -> {
                var insert = pool.take();
                try {
                    bind(insert, i);
                    insert.executeUpdate();
                } finally {
                    pool.add(insert);
                }
            });
        } finally {
            for (var insert : pool) {
                insert.getConnection().close();
            }
        }
    }

    private void bind(PreparedStatement insert, int i) throws SQLException {
        var sample = samples.sample(i);
        var now = Timestamp.from(Instant.now());
        insert.setInt(1, i + 1);
        insert.setString(2, "SCRATCH-" + (i + 1));
        insert.setString(3, sample.summary());
        insert.setString(4, sample.description());
        insert.setArray(5, insert.getConnection().createArrayOf("text", new String[] {"backend"}));
        insert.setTimestamp(6, now);
        insert.setTimestamp(7, now);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** As wide as {@code issues}: same columns, primary key and unique keys, without the secondary indexes. */
    private static void create(Connection admin) throws SQLException {
        execute(admin, "drop table if exists " + TABLE);
        execute(admin, "create table " + TABLE + """
                 (id bigserial primary key, project_id bigint not null, number integer not null, key text not null unique,
                  type_id bigint not null, status_id bigint not null, priority_id bigint, summary text not null,
                  description text, reporter_id bigint, creator_id bigint, labels text[] not null default '{}',
                  created_at timestamptz not null, updated_at timestamptz not null, version integer not null default 1,
                  unique (project_id, number))""");
    }

    private static void truncate(Connection admin) throws SQLException {
        execute(admin, "truncate " + TABLE);
    }

    private static void execute(Connection admin, String sql) throws SQLException {
        try (var statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String settings(Connection admin) throws SQLException {
        try (var statement = admin.createStatement(); var rs = statement.executeQuery("""
                select 'PostgreSQL ' || current_setting('server_version') || ', fsync=' || current_setting('fsync')
                    || ', synchronous_commit=' || current_setting('synchronous_commit')
                    || ', shared_buffers=' || current_setting('shared_buffers')
                    || ', wal_sync_method=' || current_setting('wal_sync_method')""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
