package dev.meridian.pipeline.queue;

import dev.meridian.pipeline.fixtures.ElasticMqExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract against ElasticMQ, an SQS-protocol server running in this JVM. */
class SqsQueueTest extends QueueContract {

    @RegisterExtension
    static final ElasticMqExtension SQS = new ElasticMqExtension();

    @Override
    Queue newQueue(QueueSettings settings) {
        return SqsQueue.create(SQS.client(), settings);
    }
}
