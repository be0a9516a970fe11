package dev.meridian.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements a search ran, and the lines of a plan worth reading first. */
final class QueryPlans {

    private static final Pattern KEY_LINE = Pattern.compile("Seq Scan|Index|Bitmap|Sort Method|Hash Join|Nested Loop|Gather|Planning Time|Execution Time");

    private final Connection connection;

    QueryPlans(Connection connection) throws SQLException {
        this.connection = connection;
        try (var statement = connection.createStatement()) {
            statement.execute("set statement_timeout = '10min'");
        }
    }

    /** The plan as text; an error's message instead when the statement could not be explained. */
    String explain(SearchSqlLog.Statement statement) {
        try (var explain = connection.prepareStatement("explain (analyze, buffers) " + statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                explain.setObject(i + 1, statement.parameters().get(i), Types.OTHER); // typed by the server from context
            }
            var lines = new ArrayList<String>();
            try (var rs = explain.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return String.join("\n", lines);
        } catch (SQLException e) {
            return "EXPLAIN failed: " + e.getMessage();
        }
    }

    /** Scans, joins, sorts and the timings: what tells where a plan spends its time. */
    static List<String> keyLines(String plan) {
        return plan.lines().filter(l -> KEY_LINE.matcher(l).find()).map(String::stripTrailing).toList();
    }
}
