package dev.meridian.training.internal;

import dev.meridian.pipeline.queue.PostgresQueue;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The faults on the embedded default: the queue tables in a PostgreSQL of their own. */
class DatasetPollerFaultsOnPostgresTest extends DatasetPollerFaults {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (var in = PostgresQueue.class.getClassLoader().getResourceAsStream(PostgresQueue.SCHEMA);
                var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    Queue newQueue(QueueSettings settings) {
        return new PostgresQueue(postgres.getPostgresDatabase(), settings);
    }
}
