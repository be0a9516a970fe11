package dev.meridian.training.internal;

import dev.meridian.pipeline.fixtures.ElasticMq;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueSettings;
import dev.meridian.pipeline.queue.SqsQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The faults on SQS semantics, against ElasticMQ in this JVM. */
class DatasetPollerFaultsOnSqsTest extends DatasetPollerFaults {

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
