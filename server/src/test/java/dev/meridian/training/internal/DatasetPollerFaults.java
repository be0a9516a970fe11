package dev.meridian.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.fixtures.Events;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueSettings;
import dev.meridian.pipeline.store.ForwardingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.pipeline.store.ObjectStoreException;
import dev.meridian.support.SealedDataset;
import dev.meridian.support.SealedDataset.Document;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-process worker (poller → Lambda handler → object store) on a real queue, under the faults SQS and Lambda are
 * built to survive. Visibility timeouts are 2 s so that each scenario takes seconds. One subclass per queue adapter.
 */
abstract class DatasetPollerFaults {

    static final Duration VISIBILITY = Duration.ofSeconds(2);
    private static final String KEY = Base64.getEncoder().encodeToString("faults-pseudonym-key-0123456789".getBytes());

    @TempDir
    Path dataDir;

    /** A new queue, with its dead-letter queue, that no other test uses. */
    abstract Queue newQueue(QueueSettings settings);

    @Test
    void aWorkerThatDiesMidBatchLeavesItsMessagesToReappearAndTheDatasetHoldsEachIssueOnce() throws Exception {
        var queue = queue(5);
        var store = store();
        queue.send(LongStream.rangeClosed(1, 10).mapToObj(id -> created(id, (id <= 5 ? "ALPHA-" : "BETA-") + id)).toList());

        assertThatThrownBy(() -> poller(queue, new DyingStore(store, 3)).pollOnce()).isInstanceOf(WorkerDied.class);
        var restarted = poller(queue, store);
        assertThat(restarted.pollOnce()).as("the batch stays hidden until its visibility timeout ends").isZero();
        // Until the queue is drained too: the part committed before the death already holds five of the ten, so the
        // store can be complete while their messages still wait to be received again.
        pollUntil(restarted, () -> processed(store).size() == 10 && left(queue) == 0);

        assertThat(processed(store)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(issueKeys(SealedDataset.documents(store, "ALPHA"))).containsExactlyInAnyOrder("ALPHA-1", "ALPHA-2", "ALPHA-3", "ALPHA-4", "ALPHA-5");
        assertThat(issueKeys(SealedDataset.documents(store, "BETA"))).containsExactlyInAnyOrder("BETA-6", "BETA-7", "BETA-8", "BETA-9", "BETA-10");
        // Whether the death cut a project's part in two depends on which messages the first receive got: two parts
        // (each project whole) or three (the part committed before the death, its redelivered rest, the other project's).
        assertThat(store.list("datasets/")).filteredOn(key -> key.contains("/index-")).hasSizeBetween(2, 3);
        assertEmpty(queue);
    }

    @Test
    void aPoisonMessageReachesTheDeadLetterQueueAfterMaxReceiveCountWhileTheRestFlow() throws Exception {
        var queue = queue(3);
        var store = store();
        var unreadable = "{\"eventId\": 3, \"type\": ";
        var malformed = Events.json(4, "comment.added", "comment", "9", Map.of("id", "not-a-number", "issueKey", "ALPHA-1"));
        queue.send(List.of(created(1, "ALPHA-1"), created(2, "ALPHA-2"), unreadable, malformed, created(5, "BETA-5")));
        var poller = poller(queue, store);
        poller.pollOnce();
        queue.send(List.of(created(6, "ALPHA-6"), created(7, "BETA-7")));

        pollUntil(poller, () -> queue.stats().deadLetters() == 2 && processed(store).size() == 5);

        assertThat(queue.peekDeadLetters(10)).extracting(letter -> letter.body()).containsExactlyInAnyOrder(unreadable, malformed);
        assertThat(processed(store)).containsExactly(1L, 2L, 5L, 6L, 7L);
        assertThat(issueKeys(SealedDataset.documents(store, "ALPHA"))).containsExactlyInAnyOrder("ALPHA-1", "ALPHA-2", "ALPHA-6");
        assertThat(queue.stats().visible() + queue.stats().inFlight()).isZero();
    }

    @Test
    void anObjectStoreThatFailsForAWhileLosesNothing() throws Exception {
        var queue = queue(5);
        var outage = new OutageStore(store(), Duration.ofSeconds(3));
        var events = new ArrayList<String>();
        for (long id = 1; id <= 20; id++) {
            events.add(id <= 10 ? created(id, "ALPHA-" + (id % 5 + 1), "version " + id) : created(id, "BETA-" + id, "version " + id));
        }
        queue.send(events.subList(0, 10));
        queue.send(events.subList(10, 20));

        pollUntil(poller(queue, outage), () -> processed(outage).size() == 20);

        assertThat(outage.refused.get()).as("writes refused during the outage").isPositive();
        assertThat(processed(outage)).hasSize(20);
        var alpha = SealedDataset.documents(outage, "ALPHA");
        assertThat(issueKeys(alpha)).containsExactlyInAnyOrder("ALPHA-1", "ALPHA-2", "ALPHA-3", "ALPHA-4", "ALPHA-5");
        assertThat(alpha).filteredOn(d -> d.issueKey().equals("ALPHA-1")).singleElement()
                .satisfies(d -> assertThat(d.text()).startsWith("version 10"));
        assertThat(SealedDataset.documents(outage, "BETA")).hasSize(10);
        assertEmpty(queue);
    }

    private Queue queue(int maxReceiveCount) {
        return newQueue(QueueSettings.of("faults-" + UUID.randomUUID().toString().substring(0, 8), VISIBILITY, maxReceiveCount));
    }

    private ObjectStore store() {
        return new LocalFolderObjectStore(dataDir.resolve("objects"));
    }

    private DatasetPoller poller(Queue queue, ObjectStore store) {
        var settings = WorkerSettings.fromEnvironment(Map.of("MERIDIAN_PSEUDONYM_KEY", KEY, "MERIDIAN_DATA_DIR", dataDir.toString()));
        var handler = new DatasetWorkerHandler(settings.worker(store), DatasetPoller.timeReserve(VISIBILITY).toMillis());
        return new DatasetPoller(queue, handler, Clock.systemUTC(), new DatasetPoller.Settings(VISIBILITY, Duration.ofMillis(200), 10),
                new Freshness(new SimpleMeterRegistry(), Clock.systemUTC()));
    }

    private static String created(long eventId, String issueKey) {
        return created(eventId, issueKey, "Issue " + issueKey);
    }

    private static String created(long eventId, String issueKey, String summary) {
        return Events.json(eventId, "issue.created", "issue", issueKey, Events.issue(issueKey, Map.of("summary", summary)));
    }

    private static List<Long> processed(ObjectStore store) {
        var all = new ArrayList<Long>();
        all.addAll(SealedDataset.processedEvents(store, "ALPHA"));
        all.addAll(SealedDataset.processedEvents(store, "BETA"));
        return all.stream().sorted().toList();
    }

    private static List<String> issueKeys(List<Document> documents) {
        return documents.stream().map(Document::issueKey).toList();
    }

    private static void pollUntil(DatasetPoller poller, BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the queue drains within 30 s").isLessThan(deadline);
            poller.pollOnce();
        }
    }

    private static void assertEmpty(Queue queue) {
        assertThat(left(queue)).isZero();
    }

    private static long left(Queue queue) {
        var stats = queue.stats();
        return stats.visible() + stats.inFlight() + stats.deadLetters();
    }

    /** The process ending mid-batch: no failure report, no delete, just gone. */
    static final class WorkerDied extends Error {
        WorkerDied() {
            super("killed");
        }
    }

    /** Dies at the n-th processed-event marker: after a part is committed, before all its events are marked. */
    private static final class DyingStore extends Delegating {
        private final AtomicInteger markersLeft;

        DyingStore(ObjectStore inner, int nth) {
            super(inner);
            this.markersLeft = new AtomicInteger(nth);
        }

        @Override
        public void put(String key, byte[] content) {
            if (key.contains("/events/") && markersLeft.decrementAndGet() == 0) {
                throw new WorkerDied();
            }
            super.put(key, content);
        }
    }

    /** Refuses every call for a while from the first one, as S3 does when it is unreachable. */
    private static final class OutageStore extends Delegating {
        private final Duration length;
        private final AtomicInteger refused = new AtomicInteger();
        private volatile long endsAt;

        OutageStore(ObjectStore inner, Duration length) {
            super(inner);
            this.length = length;
        }

        private void check(String key) {
            if (endsAt == 0) {
                endsAt = System.nanoTime() + length.toNanos();
            }
            if (System.nanoTime() < endsAt) {
                refused.incrementAndGet();
                throw new ObjectStoreException("injected outage: cannot reach the store for " + key, null);
            }
        }

        @Override
        public void put(String key, byte[] content) {
            check(key);
            super.put(key, content);
        }

        @Override
        public Optional<byte[]> get(String key) {
            check(key);
            return super.get(key);
        }
    }

    private static class Delegating extends ForwardingObjectStore {

        Delegating(ObjectStore inner) {
            super(inner);
        }
    }
}
