package dev.meridian.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes of some tables that no constraint needs, as {@code pg_indexes} defines them: dropped before a bulk
 * load and built again after it, which is much faster than maintaining them row by row (GIN above all).
 * Primary keys and unique constraints stay: foreign keys and the loader's own consistency depend on them.
 */
final class SecondaryIndexes {

    private final List<String> names;
    private final List<String> definitions;

    private SecondaryIndexes(List<String> names, List<String> definitions) {
        this.names = names;
        this.definitions = definitions;
    }

    static SecondaryIndexes of(Connection connection, List<String> tables) throws SQLException {
        var names = new ArrayList<String>();
        var definitions = new ArrayList<String>();
        try (var select = connection.prepareStatement("""
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = current_schema() and i.tablename = any (?)
                  and not exists (select 1 from pg_constraint c
                                  where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
                order by i.tablename, i.indexname""")) {
            select.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        return new SecondaryIndexes(names, definitions);
    }

    List<String> names() {
        return names;
    }

    void drop(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (var name : names) {
                statement.execute("drop index if exists " + quoted(name));
            }
        }
    }

    /** Builds each index again, printing how long it took. */
    void create(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (int i = 0; i < names.size(); i++) {
                long t0 = System.nanoTime();
                statement.execute(definitions.get(i).replaceFirst("(?i)^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX IF NOT EXISTS "));
                System.err.printf("  index %s: %.1f s%n", names.get(i), (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
