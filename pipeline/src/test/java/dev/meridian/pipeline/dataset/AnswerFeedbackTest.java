package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.answerRated;
import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.records.Task;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thumbs up or down on the assistant's answers become training data: anonymized, latest rating wins. */
class AnswerFeedbackTest {

    private static final String QUESTION = "How many open bugs does Jane Doe have? Mail me at ops@corp.example";
    private static final String ANSWER = "Jane Doe has 3 open bugs: HADOOP-1, HADOOP-2 and HADOOP-3.";

    @TempDir
    Path root;
    ObjectStore store;
    DatasetWriter writer;

    @BeforeEach
    void setUp() {
        store = new LocalFolderObjectStore(root);
        writer = Datasets.writer(store);
        // the reporter of HADOOP-1 is Jane Doe: the roster learns her name from it
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of())));
    }

    @Test
    void anAnswerRatedUpBecomesAConversationRecordAndAFeedbackLine() {
        ProjectOutcome outcome = writer.write("HADOOP", List.of(answerRated(2, "HADOOP", 41, "up", QUESTION, ANSWER)));
        Manifest manifest = Datasets.sealer(store).seal("HADOOP").orElseThrow();

        assertThat(outcome.records()).containsEntry(Task.FEEDBACK, 1).containsEntry(Task.ASSISTANT_ANSWER, 1);
        assertThat(Datasets.conversations(store, manifest)).filteredOn(line -> line.contains("open bugs")).singleElement()
                .satisfies(line -> assertThat(line).contains("HADOOP-1, HADOOP-2 and HADOOP-3").contains("Person-"));
        assertThat(Datasets.lines(store, manifest, "feedback.jsonl")).singleElement().satisfies(line -> assertThat(line)
                .contains("\"schemaVersion\":\"meridian-feedback-1\"", "\"messageId\":41", "\"rating\":\"up\"", "\"intent\":\"count\"",
                        "\"modelVersion\":\"HADOOP-question-intent-1\"", "[EMAIL]"));
        assertThat(manifest.records()).containsKeys("feedback", "assistant-answer");
        assertThat(Datasets.everythingStored(store)).doesNotContain("Jane", "Doe", "corp.example");
    }

    @Test
    void aLaterThumbsDownTakesTheAnswerOutOfTheTrainingConversations() {
        writer.write("HADOOP", List.of(answerRated(2, "HADOOP", 41, "up", QUESTION, ANSWER)));
        writer.write("HADOOP", List.of(answerRated(3, "HADOOP", 41, "down", QUESTION, ANSWER)));
        Manifest manifest = Datasets.sealer(store).seal("HADOOP").orElseThrow();

        assertThat(Datasets.conversations(store, manifest)).noneMatch(line -> line.contains("open bugs"));
        assertThat(Datasets.lines(store, manifest, "feedback.jsonl")).singleElement()
                .satisfies(line -> assertThat(line).contains("\"rating\":\"down\"", "wrong count: ask Person-"));
    }

    @Test
    void keepsOnlyTheLastRatingOfAnAnswerWithinOneBatch() {
        ProjectOutcome outcome = writer.write("HADOOP", List.of(
                answerRated(2, "HADOOP", 41, "down", QUESTION, ANSWER), answerRated(3, "HADOOP", 41, "up", QUESTION, ANSWER),
                answerRated(4, "HADOOP", 42, "down", "Who fixed HADOOP-1?", "Nobody yet.")));

        assertThat(outcome.records()).containsEntry(Task.FEEDBACK, 2).containsEntry(Task.ASSISTANT_ANSWER, 1);
    }
}
