package dev.meridian.pipeline.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Just enough JDBC for {@link PostgresQueue}: one auto-committed statement per call. */
final class Sql {

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> list(String statement, Binder binder, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement st = connection.prepareStatement(statement)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new QueueException("queue statement failed: " + e.getMessage(), e);
        }
    }

    int update(String statement, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement st = connection.prepareStatement(statement)) {
            binder.bind(st);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new QueueException("queue statement failed: " + e.getMessage(), e);
        }
    }
}
