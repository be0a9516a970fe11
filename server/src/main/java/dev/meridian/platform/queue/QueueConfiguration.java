package dev.meridian.platform.queue;

import dev.meridian.pipeline.queue.PostgresQueue;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueSettings;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue port between the outbox relay and the dataset worker: queue tables in the same PostgreSQL, with SQS
 * semantics (the {@code SqsQueue} adapter in pipeline/ speaks to Amazon SQS with the same contract).
 */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

    static final String CHANGES = "changes";

    @Bean
    Queue changesQueue(DataSource dataSource) {
        return new PostgresQueue(dataSource, QueueSettings.of(CHANGES, Duration.ofSeconds(60), 5));
    }
}
