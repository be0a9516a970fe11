package dev.meridian.training.internal;

import dev.meridian.pipeline.fixtures.ElasticMqExtension;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueSettings;
import dev.meridian.pipeline.queue.SqsQueue;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The faults on SQS semantics, against ElasticMQ in this JVM. */
class DatasetPollerFaultsOnSqsTest extends DatasetPollerFaults {

    @RegisterExtension
    static final ElasticMqExtension SQS = new ElasticMqExtension();

    @Override
    Queue newQueue(QueueSettings settings) {
        return SqsQueue.create(SQS.client(), settings);
    }
}
