package dev.meridian.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every statement the server ran between a reset and a read, from {@code pg_stat_statements}: a search is more than
 * its count and page (authentication, the caller's projects, names for the query, the summaries of the page), and
 * this says where its database time goes. Needs the library preloaded (the generator sets it; a restart loads it).
 */
final class StatementStats {

    record Statement(double callsPerSearch, double meanMillis, double millisPerSearch, String sql) {

        String line() {
            return String.format(Locale.ROOT, "%.1f ms/search (%.1f calls × %.2f ms): %s", millisPerSearch, callsPerSearch,
                    meanMillis, sql.length() > 160 ? sql.substring(0, 160) + "…" : sql);
        }
    }

    private final Connection connection;

    private StatementStats(Connection connection) {
        this.connection = connection;
    }

    /** Empty when pg_stat_statements is not loaded by this PostgreSQL. */
    static Optional<StatementStats> open(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select current_setting('shared_preload_libraries') like '%pg_stat_statements%'")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return Optional.empty();
            }
            statement.execute("create extension if not exists pg_stat_statements");
        }
        return Optional.of(new StatementStats(connection));
    }

    /** Asks PostgreSQL to load pg_stat_statements at its next start. */
    static void preload(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
        }
    }

    void reset() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took the most time since the reset, per search; the background jobs' own are left out. */
    List<Statement> top(int searches, int limit) throws SQLException {
        var top = new ArrayList<Statement>();
        try (var select = connection.prepareStatement("""
                select calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements
                where query !~* 'pg_stat_statements|queue_message|outbox' and calls >= ?
                order by total_exec_time desc limit ?""")) {
            select.setInt(1, searches);
            select.setInt(2, limit);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    long calls = rs.getLong(1);
                    double total = rs.getDouble(2);
                    top.add(new Statement((double) calls / searches, total / calls, total / searches, rs.getString(3)));
                }
            }
        }
        return top;
    }

    /** Database time of all statements since the reset, per search. */
    double millisPerSearch(int searches) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(
                "select coalesce(sum(total_exec_time), 0) from pg_stat_statements where query !~* 'pg_stat_statements|queue_message|outbox'")) {
            rs.next();
            return rs.getDouble(1) / searches;
        }
    }
}
