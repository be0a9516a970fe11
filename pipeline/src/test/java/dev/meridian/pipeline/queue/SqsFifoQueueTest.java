package dev.meridian.pipeline.queue;

import static dev.meridian.pipeline.fixtures.Events.issue;
import static dev.meridian.pipeline.fixtures.Events.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.fixtures.ElasticMqExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A {@code .fifo} queue on an SQS-protocol server: one message group per project, duplicates of a send dropped. */
class SqsFifoQueueTest {

    @RegisterExtension
    static final ElasticMqExtension SQS = new ElasticMqExtension();
    private static final AtomicInteger QUEUES = new AtomicInteger();
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Test
    void holdsBackAProjectsMessagesWhileAnotherReceiverHasOneOfThem() {
        Queue queue = fifo();
        queue.send(List.of(change(1, "HADOOP-1"), change(2, "HADOOP-1"), change(3, "HDFS-1")));

        List<QueueMessage> first = queue.receive(1, ONE_SECOND);
        List<QueueMessage> second = queue.receive(10, ONE_SECOND);

        assertThat(first).extracting(QueueMessage::body).containsExactly(change(1, "HADOOP-1"));
        assertThat(second).extracting(QueueMessage::body).containsExactly(change(3, "HDFS-1"));
        queue.delete(first.get(0).receiptHandle());
        assertThat(queue.receive(10, ONE_SECOND)).extracting(QueueMessage::body).containsExactly(change(2, "HADOOP-1"));
    }

    @Test
    void dropsAChangeEventTheRelaySendsTwice() {
        Queue queue = fifo();
        queue.send(List.of(change(1, "HADOOP-1")));
        queue.send(List.of(change(1, "HADOOP-1"), change(2, "HADOOP-2")));

        List<String> received = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            queue.receive(10, ONE_SECOND).forEach(m -> {
                received.add(m.body());
                queue.delete(m.receiptHandle());
            });
        }

        assertThat(received).containsExactly(change(1, "HADOOP-1"), change(2, "HADOOP-2"));
    }

    @Test
    void namesAFifoDeadLetterQueueForAFifoQueue() {
        assertThat(QueueSettings.of("changes.fifo", ONE_SECOND, 3).deadLetterQueue()).isEqualTo("changes-dlq.fifo");
        assertThat(QueueSettings.of("changes", ONE_SECOND, 3).fifo()).isFalse();
    }

    private static Queue fifo() {
        return SqsQueue.create(SQS.client(), QueueSettings.of("fifo-" + QUEUES.incrementAndGet() + ".fifo", Duration.ofSeconds(30), 3));
    }

    private static String change(long eventId, String issueKey) {
        return json(eventId, "issue.updated", "issue", issueKey, issue(issueKey, Map.of()));
    }
}
