package dev.meridian.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * Fills the issue tables of projects that exist but hold no issues: drops the secondary indexes, COPYs each project's
 * rows in one transaction, builds the indexes again, moves the sequences and issue counters past the new rows, and
 * vacuums and analyzes, as a restore would. Prints what it did as Markdown.
 */
final class BulkLoad {

    private final Connection connection;
    private final PrintStream out;

    BulkLoad(Connection connection, PrintStream out) {
        this.connection = connection;
        this.out = out;
    }

    void run(List<String> projects, int perProject, SampleIssues samples, Instant start, Instant end, long seed)
            throws SQLException, IOException {
        if (number("select count(*) from issues") > 0) {
            throw new IllegalStateException("The database already holds issues: load into a fresh one");
        }
        boolean changeIds = number("""
                select count(*) from information_schema.columns
                where table_schema = current_schema() and table_name = 'issue_changes' and column_name in ('from_id', 'to_id')""") == 2;
        // Replica mode skips the foreign-key checks (the rows are consistent by construction) and user triggers, whose
        // work (an issue's comment words, V12) is done in bulk after the load.
        execute("set session_replication_role = replica");
        boolean commentWords = number("select count(*) from pg_proc where proname = 'comment_words_of'") > 0;
        execute("set synchronous_commit = off");
        execute("set maintenance_work_mem = '512MB'");
        var indexes = SecondaryIndexes.of(connection, BulkTables.NAMES);
        System.err.println("Dropping indexes " + indexes.names() + "; foreign keys not checked"
                + (changeIds ? "; issue_changes.from_id/to_id filled" : "; no issue_changes.from_id/to_id"));
        indexes.drop(connection);
        var tables = new BulkTables(changeIds, nextId("issues"), nextId("issue_changes"), nextId("comments"));
        var issues = new SyntheticIssues(samples, tables, start, end, changeIds);
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long t0 = System.nanoTime();
        double copySeconds;
        double indexSeconds;
        try {
            connection.setAutoCommit(false);
            for (int p = 0; p < projects.size(); p++) {
                var project = ProjectIds.load(connection, projects.get(p));
                issues.project(project, perProject, new SplittableRandom(seed + p));
                tables.copy(copy);
                execute("update projects set issue_counter = " + perProject + " where id = " + project.id());
                connection.commit();
                System.err.printf("  %s: %d issues (%d of %d projects, %.0f s)%n", project.key(), perProject, p + 1,
                        projects.size(), (System.nanoTime() - t0) / 1e9);
            }
            if (commentWords) {
                System.err.println("Comment words on issues");
                execute("update issues i set comment_words = comment_words_of(i.id) where exists (select 1 from comments c where c.issue_id = i.id)");
                connection.commit();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            copySeconds = (System.nanoTime() - t0) / 1e9;
            System.err.println("Building indexes");
            indexes.create(connection);
            indexSeconds = (System.nanoTime() - t0) / 1e9 - copySeconds;
        }
        for (var table : List.of("issues", "issue_changes", "comments")) {
            execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
        }
        System.err.println("Vacuum and analyze");
        long t1 = System.nanoTime();
        execute("vacuum (analyze) " + String.join(", ", BulkTables.NAMES));
        double vacuumSeconds = (System.nanoTime() - t1) / 1e9;
        report(tables, copySeconds, indexSeconds, vacuumSeconds);
    }

    private void report(BulkTables tables, double copy, double index, double vacuum) throws SQLException {
        out.printf(Locale.ROOT, "Bulk load: COPY %.0f s, indexes %.0f s, vacuum and analyze %.0f s; database %s.%n%n",
                copy, index, vacuum, text("select pg_size_pretty(pg_database_size(current_database()))"));
        out.println("| table | rows | table | indexes | total |");
        out.println("|---|---:|---:|---:|---:|");
        for (var buffer : tables.all()) {
            var t = buffer.table();
            out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", t, buffer.totalRows(),
                    text("select pg_size_pretty(pg_table_size('" + t + "'))"),
                    text("select pg_size_pretty(pg_indexes_size('" + t + "'))"),
                    text("select pg_size_pretty(pg_total_relation_size('" + t + "'))"));
        }
    }

    private long nextId(String table) throws SQLException {
        return number("select coalesce(max(id), 0) + 1 from " + table);
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
