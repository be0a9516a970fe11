package dev.meridian.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ids of one project's scheme and people, read back after the API created them, for rows written by COPY. */
record ProjectIds(long id, String key, Map<String, Long> statuses, Map<String, Long> types, Map<String, Long> priorities,
        Map<String, Long> resolutions, List<Long> components, List<Version> versions, List<User> members) {

    record Version(long id, boolean released, LocalDate releaseDate) {
    }

    record User(long id, String displayName, boolean canBeAssigned) {
    }

    static ProjectIds load(Connection connection, String key) throws SQLException {
        long id = single(connection, "select id from projects where key = ?", key);
        var versions = new ArrayList<Version>();
        try (var select = connection.prepareStatement(
                "select id, released, release_date from versions where project_id = ? order by release_date nulls last, id")) {
            select.setLong(1, id);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    var date = rs.getDate(3);
                    versions.add(new Version(rs.getLong(1), rs.getBoolean(2), date == null ? null : date.toLocalDate()));
                }
            }
        }
        var members = new ArrayList<User>();
        try (var select = connection.prepareStatement("""
                select u.id, u.display_name, m.role <> 'viewer' from project_members m join users u on u.id = m.user_id
                where m.project_id = ? and not u.site_admin order by u.id""")) {
            select.setLong(1, id);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    members.add(new User(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        return new ProjectIds(id, key, names(connection, "statuses", id), names(connection, "issue_types", id),
                names(connection, "priorities", id), names(connection, "resolutions", id),
                List.copyOf(names(connection, "components", id).values()), versions, members);
    }

    private static Map<String, Long> names(Connection connection, String table, long projectId) throws SQLException {
        var ids = new LinkedHashMap<String, Long>();
        try (var select = connection.prepareStatement("select name, id from " + table + " where project_id = ? order by id")) {
            select.setLong(1, projectId);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static long single(Connection connection, String sql, String parameter) throws SQLException {
        try (var select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (var rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + parameter + ": " + sql);
                }
                return rs.getLong(1);
            }
        }
    }
}
