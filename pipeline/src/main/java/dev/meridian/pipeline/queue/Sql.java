package dev.meridian.pipeline.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Just enough JDBC for {@link PostgresQueue}: one statement per call, committed on its own; "relaxed" ones without
 * waiting for the disk.
 */
final class Sql {

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> list(String statement, Binder binder, Row<T> row) {
        return durable(connection -> query(connection, statement, binder, row));
    }

    int update(String statement, Binder binder) {
        return durable(connection -> execute(connection, statement, binder));
    }

    /** As {@link #list}, committed with {@code synchronous_commit = off}: a crash may undo it, never half of it. */
    <T> List<T> listRelaxed(String statement, Binder binder, Row<T> row) {
        return relaxed(connection -> query(connection, statement, binder, row));
    }

    /** As {@link #update}, committed with {@code synchronous_commit = off}. */
    int updateRelaxed(String statement, Binder binder) {
        return relaxed(connection -> execute(connection, statement, binder));
    }

    private <T> T durable(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new QueueException("queue statement failed: " + e.getMessage(), e);
        }
    }

    private <T> T relaxed(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement setting = connection.createStatement()) {
                setting.execute("set local synchronous_commit = off");
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new QueueException("queue statement failed: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> query(Connection connection, String statement, Binder binder, Row<T> row) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(statement)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        }
    }

    private static int execute(Connection connection, String statement, Binder binder) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(statement)) {
            binder.bind(st);
            return st.executeUpdate();
        }
    }
}
