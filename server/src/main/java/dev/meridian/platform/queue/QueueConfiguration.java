package dev.meridian.platform.queue;

import dev.meridian.pipeline.queue.PostgresQueue;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueSettings;
import dev.meridian.platform.PipelineProperties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue port between the outbox relay and the dataset worker ({@code MERIDIAN_QUEUE}): queue tables in the same
 * PostgreSQL with SQS semantics by default, or Amazon SQS (any SQS-protocol server with {@code MERIDIAN_SQS_ENDPOINT}).
 */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(QueueConfiguration.class);

    /** The embedded queue's name; the SQS queue is named by {@code MERIDIAN_SQS_QUEUE}. */
    static final String CHANGES = "changes";

    @Bean
    Queue changesQueue(PipelineProperties pipeline, DataSource dataSource) {
        var queue = pipeline.queue();
        return switch (queue.kind()) {
            case POSTGRES -> new PostgresQueue(dataSource, QueueSettings.of(CHANGES, queue.visibilityTimeout(), queue.maxReceiveCount()));
            case SQS -> {
                var sqs = SqsConnection.open(queue, pipeline.awsRegion());
                log.info("Change events go to SQS queue {} at {}", queue.sqsQueue(),
                        queue.sqsEndpoint().isBlank() ? "AWS " + pipeline.awsRegion() : queue.sqsEndpoint());
                yield sqs;
            }
        };
    }
}
