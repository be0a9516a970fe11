package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.ARJUN;
import static dev.meridian.pipeline.fixtures.Events.JANE;
import static dev.meridian.pipeline.fixtures.Events.commentAdded;
import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.event.ChangeEvent;
import dev.meridian.pipeline.store.ForwardingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pollers of one server hand batches of the same project to the writer at the same time: a batch redelivered to
 * the second while the first still works on it, or two batches about one issue. A slow store widens every race.
 */
class ConcurrentWritersTest {

    @TempDir
    Path root;
    CountingStore store;
    DatasetWriter writer;
    ExecutorService pollers = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setUp() {
        store = new CountingStore(new LocalFolderObjectStore(root));
        writer = Datasets.writer(store);
    }

    @AfterEach
    void tearDown() {
        pollers.shutdownNow();
    }

    @Test
    void neverWritesTheSamePartTwiceWhenTwoPollersGetTheSameBatch() throws Exception {
        List<ChangeEvent> batch = List.of(issueUpdated(1, "HADOOP-1", Map.of()), issueUpdated(2, "HADOOP-2", Map.of()),
                commentAdded(3, "HADOOP-1", 10, JANE, "Seen on 3.3.4 too"));

        side(() -> writer.write("HADOOP", batch), () -> writer.write("HADOOP", batch));

        Map<String, Integer> datasetWrites = new TreeMap<>();
        store.puts.forEach((key, count) -> {
            if (key.startsWith("datasets/")) {
                datasetWrites.put(key, count.get());
            }
        });
        assertThat(datasetWrites).isNotEmpty().allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    }

    @Test
    void keepsEveryCommentWhenTwoBatchesAboutOneIssueRunSideBySide() throws Exception {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of())));

        side(() -> writer.write("HADOOP", List.of(commentAdded(2, "HADOOP-1", 10, JANE, "First finding"))),
                () -> writer.write("HADOOP", List.of(commentAdded(3, "HADOOP-1", 11, ARJUN, "Second finding"))));

        String documents = String.join("\n", Datasets.lines(store, Datasets.sealer(store).seal("HADOOP").orElseThrow(),
                "documents-train.jsonl", "documents-validation.jsonl"));
        assertThat(documents).contains("First finding").contains("Second finding");
    }

    private void side(Runnable first, Runnable second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<?> a = pollers.submit(() -> {
            start.await();
            first.run();
            return null;
        });
        Future<?> b = pollers.submit(() -> {
            start.await();
            second.run();
            return null;
        });
        a.get();
        b.get();
    }

    /** Counts the writes of every key, and takes its time over each read and write. */
    private static final class CountingStore extends ForwardingObjectStore {

        final Map<String, AtomicInteger> puts = new ConcurrentHashMap<>();

        CountingStore(ObjectStore inner) {
            super(inner);
        }

        @Override
        public void put(String key, byte[] content) {
            pause();
            puts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            super.put(key, content);
        }

        @Override
        public Optional<byte[]> get(String key) {
            pause();
            return super.get(key);
        }

        private static void pause() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
