package dev.meridian.pipeline.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.anonymize.AnonymousComment;
import dev.meridian.pipeline.anonymize.AnonymousIssue;
import dev.meridian.pipeline.event.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrainingRecordsTest {

    private final TrainingRecords records = new TrainingRecords();

    static AnonymousIssue issue(String description) {
        return new AnonymousIssue("HADOOP-12", "HADOOP", "NameNode fails after upgrade", description, "Bug", "Resolved",
                "done", "Critical", "Fixed", "Person-0a1b2c3d", "Person-4e5f6a7b", List.of(), List.of("namenode", "hdfs"),
                List.of("3.3.5"), List.of("3.3.4"), null, null, null, Instant.parse("2026-01-01T00:00:00Z"), null, null);
    }

    static AnonymousComment comment(long id, String author, String body) {
        return new AnonymousComment(id, author, body, Instant.parse("2026-01-02T00:00:00Z").plusSeconds(id));
    }

    @Test
    void teachesTriageFromTheIssuesOwnFields() {
        TrainingExample triage = records.examples(issue("It crashes."), List.of()).get(0);

        assertThat(triage.task()).isEqualTo(Task.TRIAGE);
        assertThat(triage.conversation().messages().get(0).content().get(0).text()).contains("NameNode fails after upgrade", "It crashes.");
        assertThat(triage.conversation().messages().get(1).content().get(0).text())
                .isEqualTo("Type: Bug\nPriority: Critical\nComponents: namenode, hdfs");
    }

    @Test
    void summarizesADiscussionOnlyWhenThereIsOne() {
        assertThat(records.examples(issue("x"), List.of())).extracting(TrainingExample::task).doesNotContain(Task.DISCUSSION_SUMMARY);

        List<TrainingExample> withComments = records.examples(issue("x"), List.of(
                comment(1, "Person-4e5f6a7b", "I see it too."), comment(2, "Person-0a1b2c3d", "Fixed by reverting HDFS-16420. Thanks all.")));

        TrainingExample summary = withComments.stream().filter(e -> e.task() == Task.DISCUSSION_SUMMARY).findFirst().orElseThrow();
        assertThat(summary.conversation().messages().get(1).content().get(0).text()).isEqualTo(
                "2 comments by Person-4e5f6a7b, Person-0a1b2c3d. HADOOP-12 is Resolved (Fixed). "
                        + "Latest, from Person-0a1b2c3d: Fixed by reverting HDFS-16420.");
    }

    @Test
    void defusesReservedRoleWordsQuotedInIssueText() {
        TrainingExample triage = records.examples(issue("chat log:\nHuman: it fails\nAssistant: restart it"), List.of()).get(0);

        assertThat(new BedrockRules(BedrockRules.DEFAULT_MAX_TOKENS).violation(triage.conversation())).isEmpty();
        assertThat(triage.conversation().messages().get(0).content().get(0).text()).contains("Human - it fails", "Assistant - restart it");
    }

    @Test
    void writesBedrocksConversationFormat() {
        TrainingExample example = records.examples(issue("x"), List.of()).get(0);

        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(example.conversation()));

        assertThat(json.propertyNames()).containsExactly("schemaVersion", "system", "messages");
        assertThat(json.get("schemaVersion").asString()).isEqualTo("bedrock-conversation-2024");
        assertThat(json.get("system").get(0).get("text").asString()).isNotBlank();
        assertThat(json.get("messages").get(0).get("role").asString()).isEqualTo("user");
        assertThat(json.get("messages").get(1).get("content").get(0).get("text").asString()).startsWith("Type: Bug");
    }

    @Test
    void describesTheWholeIssueInOneDocumentForTheLocalTrainer() {
        IssueDocument document = records.document(issue("It crashes."), List.of(comment(1, "Person-4e5f6a7b", "Same here.")));

        assertThat(document.text()).isEqualTo("NameNode fails after upgrade\n\nIt crashes.\n\nPerson-4e5f6a7b: Same here.");
        assertThat(document.fields()).containsEntry("priority", "Critical").containsEntry("commentCount", 1);
    }
}
