package dev.meridian.pipeline.queue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresQueueTest extends QueueContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgresWithTheQueueSchema() throws IOException, SQLException {
        postgres = EmbeddedPostgres.start();
        try (InputStream script = PostgresQueue.class.getClassLoader().getResourceAsStream(PostgresQueue.SCHEMA);
             Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            String ddl = new String(script.readAllBytes(), StandardCharsets.UTF_8);
            statement.execute(ddl);
            statement.execute(ddl); // idempotent: the server may run it on every start
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private static DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    Queue newQueue(QueueSettings settings) {
        return new PostgresQueue(dataSource(), settings);
    }
}
