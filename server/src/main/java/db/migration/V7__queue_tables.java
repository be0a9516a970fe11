package db.migration;

import dev.meridian.pipeline.queue.PostgresQueue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The embedded queue's tables, from the script the queue adapter ships, so there is one definition of them. */
public class V7__queue_tables extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (InputStream in = PostgresQueue.class.getClassLoader().getResourceAsStream(PostgresQueue.SCHEMA);
             var statement = context.getConnection().createStatement()) {
            if (in == null) {
                throw new IOException("missing " + PostgresQueue.SCHEMA);
            }
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
