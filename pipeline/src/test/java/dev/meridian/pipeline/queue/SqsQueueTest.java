package dev.meridian.pipeline.queue;

import dev.meridian.pipeline.fixtures.ElasticMq;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The contract against ElasticMQ, an SQS-protocol server running in this JVM. */
class SqsQueueTest extends QueueContract {

    private static ElasticMq elasticMq;
    private static SqsClient sqs;

    @BeforeAll
    static void startElasticMq() {
        elasticMq = ElasticMq.start();
        sqs = elasticMq.client();
    }

    @AfterAll
    static void stopElasticMq() {
        sqs.close();
        elasticMq.close();
    }

    @Override
    Queue newQueue(QueueSettings settings) {
        return SqsQueue.create(sqs, settings);
    }
}
