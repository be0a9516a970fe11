package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.ARJUN;
import static dev.meridian.pipeline.fixtures.Events.JANE;
import static dev.meridian.pipeline.fixtures.Events.commentAdded;
import static dev.meridian.pipeline.fixtures.Events.issueDeleted;
import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static dev.meridian.pipeline.fixtures.Events.projectUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.anonymize.RedactionType;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.records.Task;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    @TempDir
    Path root;
    ObjectStore store;
    DatasetWriter writer;

    @BeforeEach
    void setUp() {
        store = new LocalFolderObjectStore(root);
        writer = Datasets.writer(store);
    }

    private List<String> sealedConversations() {
        return Datasets.conversations(store, Datasets.sealer(store).seal("HADOOP").orElseThrow());
    }

    @Test
    void neverDuplicatesARecordWhenAnEventIsRedelivered() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of()), issueUpdated(2, "HADOOP-2", Map.of())));
        List<String> keysAfterFirstDelivery = store.list("datasets/");

        ProjectOutcome again = writer.write("HADOOP", List.of(issueUpdated(2, "HADOOP-2", Map.of()), issueUpdated(1, "HADOOP-1", Map.of())));

        assertThat(again.alreadyProcessed()).isEqualTo(2);
        assertThat(store.list("datasets/")).isEqualTo(keysAfterFirstDelivery);
        assertThat(sealedConversations()).doesNotHaveDuplicates().filteredOn(line -> line.contains("Triage")).hasSize(2);
    }

    @Test
    void neverDuplicatesARecordWhenARedeliveryArrivesInAnotherBatchBeforeItWasMarkedDone() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of()), issueUpdated(2, "HADOOP-2", Map.of())));
        // a crash after the shards were committed but before the events were marked processed
        store.list("state/HADOOP/events/").forEach(store::delete);

        writer.write("HADOOP", List.of(issueUpdated(2, "HADOOP-2", Map.of()), issueUpdated(3, "HADOOP-3", Map.of())));

        assertThat(sealedConversations()).doesNotHaveDuplicates().filteredOn(line -> line.contains("Triage")).hasSize(3);
    }

    @Test
    void coalescesVersionsOfAnIssueWithinABatchKeepingTheLatest() {
        ProjectOutcome outcome = writer.write("HADOOP", List.of(
                issueUpdated(3, "HADOOP-1", Map.of("priority", "Blocker")),
                issueUpdated(1, "HADOOP-1", Map.of("priority", "Minor")),
                issueUpdated(2, "HADOOP-1", Map.of("priority", "Major"))));

        assertThat(outcome.records()).containsEntry(Task.TRIAGE, 1);
        assertThat(sealedConversations()).filteredOn(line -> line.contains("Triage")).singleElement()
                .satisfies(line -> assertThat(line).contains("Priority: Blocker"));
    }

    @Test
    void ignoresAnEventOlderThanWhatItAlreadyStored() {
        writer.write("HADOOP", List.of(issueUpdated(5, "HADOOP-1", Map.of("priority", "Blocker"))));
        writer.write("HADOOP", List.of(issueUpdated(4, "HADOOP-1", Map.of("priority", "Trivial"))));

        assertThat(sealedConversations()).filteredOn(line -> line.contains("Triage")).singleElement()
                .satisfies(line -> assertThat(line).contains("Priority: Blocker"));
    }

    @Test
    void summarizesTheDiscussionWhenCommentsArriveInLaterBatches() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of())));
        writer.write("HADOOP", List.of(commentAdded(2, "HADOOP-1", 10, JANE, "Reverting HDFS-16420 fixes it. Tested on 3.3.4.")));

        assertThat(sealedConversations()).filteredOn(line -> line.contains("Summarize the discussion")).singleElement()
                .satisfies(line -> assertThat(line).contains("Latest, from Person-").contains("Reverting HDFS-16420 fixes it."));
    }

    @Test
    void skipsAProjectWhoseAdminsTurnedTrainingOff() {
        writer.write("HADOOP", List.of(projectUpdated(1, "HADOOP", false)));

        ProjectOutcome outcome = writer.write("HADOOP", List.of(issueUpdated(2, "HADOOP-1", Map.of())));

        assertThat(outcome.optedOut()).isTrue();
        assertThat(store.list("datasets/")).isEmpty();
        assertThat(store.list("state/HADOOP/issues/")).isEmpty();
    }

    @Test
    void skipsAProjectOptedOutInTheConfiguration() {
        ProjectOutcome outcome = Datasets.writer(store, "HADOOP").write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of())));

        assertThat(outcome.optedOut()).isTrue();
        assertThat(store.list("")).isEmpty();
    }

    @Test
    void storesNoPersonalDataAnywhere() {
        ProjectOutcome outcome = writer.write("HADOOP", List.of(
                issueUpdated(1, "HADOOP-1", Map.of("description", "Ask Jane Doe (+44 20 7946 0958) or ops@corp.example; "
                        + "the NN at 10.20.30.40:8020 uses password=hunter2")),
                commentAdded(2, "HADOOP-1", 10, ARJUN, "Jane Doe: card 4111 1111 1111 1111 was in the log")));

        String stored = Datasets.everythingStored(store);

        assertThat(stored).doesNotContain("Jane", "Doe", "Arjun", "Mehta", "corp.example", "7946", "10.20.30.40", "hunter2", "4111");
        assertThat(stored).contains("Person-", "[IP]:8020", "[PHONE]", "[EMAIL]", "password=[PASSWORD]", "[CARD]");
        assertThat(outcome.redactions()).containsKeys(RedactionType.PERSON, RedactionType.PHONE, RedactionType.EMAIL,
                RedactionType.IPV4, RedactionType.PASSWORD, RedactionType.CARD_NUMBER);
    }

    @Test
    void writesInvalidRecordsToARejectsFileWithTheReason() {
        DatasetWriter strict = new DatasetWriter(store, Datasets.PSEUDONYMS, Set.of(), new BedrockRules(20));

        ProjectOutcome outcome = strict.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of())));

        assertThat(outcome.rejected()).isPositive();
        String rejects = store.list("datasets/HADOOP/").stream().filter(key -> key.contains("/rejects-")).findFirst()
                .flatMap(store::get).map(String::new).orElseThrow();
        assertThat(rejects).contains("\"reason\":\"about ").contains("over the limit of 20").contains("\"issueKey\":\"HADOOP-1\"");
    }

    @Test
    void dropsADeletedIssueFromTheNextSnapshot() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of()), issueUpdated(2, "HADOOP-2", Map.of())));
        writer.write("HADOOP", List.of(issueDeleted(3, "HADOOP-1")));

        assertThat(sealedConversations()).noneMatch(line -> line.contains("HADOOP-1")).anyMatch(line -> line.contains("HADOOP-2"));
    }
}
