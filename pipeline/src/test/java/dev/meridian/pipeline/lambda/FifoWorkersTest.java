package dev.meridian.pipeline.lambda;

import static dev.meridian.pipeline.fixtures.Events.issue;
import static dev.meridian.pipeline.fixtures.Events.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.fixtures.ElasticMqExtension;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueMessage;
import dev.meridian.pipeline.queue.QueueSettings;
import dev.meridian.pipeline.queue.SqsQueue;
import dev.meridian.pipeline.store.ForwardingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Lambda functions (two handlers that share nothing but the object store) on one SQS FIFO queue: the project is
 * the message group, so they never hold changes of one project at once, and the newest version of an issue is the
 * one stored. A slow store widens the read-modify-write window that a standard queue would leave open.
 */
class FifoWorkersTest {

    @RegisterExtension
    static final ElasticMqExtension SQS = new ElasticMqExtension();
    private static final int UPDATES = 24;

    @TempDir
    Path root;

    @Test
    void twoWorkersNeverStoreAnOlderVersionOfAnIssueOverANewerOne() throws Exception {
        ObjectStore store = new SlowStore(new LocalFolderObjectStore(root));
        Queue queue = SqsQueue.create(SQS.client(), QueueSettings.of("changes.fifo", Duration.ofSeconds(30), 5));
        for (int from = 1; from <= UPDATES; from += 10) {
            List<String> bodies = new ArrayList<>();
            for (long id = from; id < Math.min(from + 10, UPDATES + 1); id++) {
                bodies.add(json(id, "issue.updated", "issue", "HADOOP-1", issue("HADOOP-1", Map.of("summary", "Revision " + id + " of the fix"))));
            }
            queue.send(bodies);
        }
        AtomicInteger handled = new AtomicInteger();
        ExecutorService lambdas = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = List.of(lambdas.submit(() -> work(queue, DatasetWorkerHandlerTest.handler(store), handled)),
                    lambdas.submit(() -> work(queue, DatasetWorkerHandlerTest.handler(store), handled)));
            for (Future<?> lambda : running) {
                lambda.get();
            }
        } finally {
            lambdas.shutdownNow();
        }

        var state = Json.MAPPER.readTree(store.get("state/HADOOP/issues/HADOOP-1.json").orElseThrow());
        assertThat(handled.get()).isEqualTo(UPDATES);
        assertThat(state.get("issueEventId").asLong()).isEqualTo(UPDATES);
        assertThat(state.at("/issue/summary").asString()).isEqualTo("Revision " + UPDATES + " of the fix");
    }

    /** Receives small batches until the queue stays empty, as a Lambda on an SQS event source with BatchSize 4. */
    private static void work(Queue queue, DatasetWorkerHandler handler, AtomicInteger handled) {
        int idle = 0;
        while (idle < 2 && handled.get() < UPDATES) {
            List<QueueMessage> messages = queue.receive(4, Duration.ofSeconds(1));
            if (messages.isEmpty()) {
                idle++;
                continue;
            }
            idle = 0;
            SQSEvent event = new SQSEvent();
            event.setRecords(messages.stream().map(m -> DatasetWorkerHandlerTest.message(m.id(), m.body())).toList());
            var response = handler.handleRequest(event, new LocalLambdaContext(Clock.systemUTC(), Duration.ofMinutes(1)));
            assertThat(response.getBatchItemFailures()).isEmpty();
            queue.delete(messages.stream().map(QueueMessage::receiptHandle).toList());
            handled.addAndGet(messages.size());
        }
    }

    /** Every read and write takes a few milliseconds, as over a network. */
    private static final class SlowStore extends ForwardingObjectStore {

        SlowStore(ObjectStore delegate) {
            super(delegate);
        }

        @Override
        public java.util.Optional<byte[]> get(String key) {
            pause();
            return super.get(key);
        }

        @Override
        public void put(String key, byte[] content) {
            pause();
            super.put(key, content);
        }

        private static void pause() {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
