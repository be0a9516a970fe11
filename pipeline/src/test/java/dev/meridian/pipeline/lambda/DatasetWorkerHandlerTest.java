package dev.meridian.pipeline.lambda;

import static dev.meridian.pipeline.fixtures.Events.issue;
import static dev.meridian.pipeline.fixtures.Events.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.meridian.pipeline.DatasetWorker;
import dev.meridian.pipeline.anonymize.Pseudonyms;
import dev.meridian.pipeline.dataset.DatasetWriter;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.store.ForwardingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.pipeline.store.ObjectStoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWorkerHandlerTest {

    @TempDir
    Path root;

    static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }

    static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    static SQSEvent.SQSMessage issueMessage(String id, long eventId, String issueKey) {
        return message(id, json(eventId, "issue.updated", "issue", issueKey, issue(issueKey, Map.of())));
    }

    static DatasetWorkerHandler handler(ObjectStore store) {
        DatasetWriter writer = new DatasetWriter(store, new Pseudonyms("handler-test-key-0123456789".getBytes(StandardCharsets.UTF_8)),
                Set.of(), new BedrockRules(BedrockRules.DEFAULT_MAX_TOKENS));
        return new DatasetWorkerHandler(new DatasetWorker(writer), 2_000);
    }

    static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    static LocalLambdaContext minutes(int minutes) {
        return new LocalLambdaContext(Clock.systemUTC(), Duration.ofMinutes(minutes));
    }

    @Test
    void reportsOnlyTheMessagesThatFailed() {
        SQSBatchResponse response = handler(new LocalFolderObjectStore(root)).handleRequest(batch(
                issueMessage("m1", 1, "HADOOP-1"), message("m2", "{not json"), issueMessage("m3", 2, "HADOOP-2")), minutes(1));

        assertThat(failedIds(response)).containsExactly("m2");
        assertThat(new LocalFolderObjectStore(root).list("datasets/HADOOP/")).isNotEmpty();
    }

    @Test
    void stopsTakingWorkWhenTimeRunsLowAndHandsTheRestBackForRetry() {
        SQSBatchResponse response = handler(new LocalFolderObjectStore(root)).handleRequest(batch(
                issueMessage("m1", 1, "HADOOP-1"), issueMessage("m2", 2, "HDFS-1")), new LocalLambdaContext(Clock.systemUTC(), Duration.ofMillis(500)));

        assertThat(failedIds(response)).containsExactlyInAnyOrder("m1", "m2");
        assertThat(new LocalFolderObjectStore(root).list("")).isEmpty();
    }

    @Test
    void aProjectWhoseStoreFailsFailsAloneAndSucceedsOnRetry() {
        FlakyStore store = new FlakyStore(new LocalFolderObjectStore(root), "/HDFS/");
        DatasetWorkerHandler handler = handler(store);
        SQSEvent batch = batch(issueMessage("m1", 1, "HADOOP-1"), issueMessage("m2", 2, "HDFS-1"), issueMessage("m3", 3, "HDFS-2"));

        assertThat(failedIds(handler.handleRequest(batch, minutes(1)))).containsExactlyInAnyOrder("m2", "m3");

        store.recover();
        assertThat(failedIds(handler.handleRequest(batch, minutes(1)))).isEmpty();
        assertThat(store.list("datasets/HDFS/")).isNotEmpty();
        assertThat(store.list("datasets/HADOOP/")).filteredOn(key -> key.contains("/index-")).hasSize(1);
    }

    @Test
    void aMalformedEventFailsAloneNotWithItsProject() {
        SQSEvent.SQSMessage poison = message("m2", json(2, "comment.added", "comment", "5", Map.of("id", "not-a-number", "issueKey", "HADOOP-1")));

        SQSBatchResponse response = handler(new LocalFolderObjectStore(root)).handleRequest(
                batch(issueMessage("m1", 1, "HADOOP-1"), poison, issueMessage("m3", 3, "HADOOP-3")), minutes(1));

        assertThat(failedIds(response)).containsExactly("m2");
    }

    @Test
    void reportsEveryCopyOfAFailedEventDeliveredTwiceInOneBatch() {
        FlakyStore store = new FlakyStore(new LocalFolderObjectStore(root), "/HADOOP/");

        SQSBatchResponse response = handler(store).handleRequest(batch(issueMessage("m1", 1, "HADOOP-1"), issueMessage("m1-again", 1, "HADOOP-1")), minutes(1));

        assertThat(failedIds(response)).containsExactlyInAnyOrder("m1", "m1-again");
    }

    /** Fails every write whose key contains {@code failing} until told to recover. */
    static final class FlakyStore extends ForwardingObjectStore {
        private final String failing;
        private boolean broken = true;
        final List<String> refused = new ArrayList<>();

        FlakyStore(ObjectStore inner, String failing) {
            super(inner);
            this.failing = failing;
        }

        void recover() {
            broken = false;
        }

        @Override
        public void put(String key, byte[] content) {
            if (broken && key.contains(failing)) {
                refused.add(key);
                throw new ObjectStoreException("injected failure for " + key, null);
            }
            super.put(key, content);
        }
    }
}
