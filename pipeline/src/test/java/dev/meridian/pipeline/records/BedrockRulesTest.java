package dev.meridian.pipeline.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.records.Conversation.Message;
import dev.meridian.pipeline.records.Conversation.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class BedrockRulesTest {

    private final BedrockRules rules = new BedrockRules(BedrockRules.DEFAULT_MAX_TOKENS);

    private static Conversation of(Message... messages) {
        return new Conversation(Conversation.SCHEMA_VERSION, List.of(new Text("You triage issues.")), List.of(messages));
    }

    @Test
    void acceptsAConversationFromUserToAssistant() {
        assertThat(rules.violation(of(Message.user("Triage: NN crash"), Message.assistant("Type: Bug"),
                Message.user("And the priority?"), Message.assistant("Major")))).isEmpty();
    }

    @Test
    void refusesTurnsThatDoNotAlternate() {
        assertThat(rules.violation(of(Message.user("a"), Message.user("b"), Message.assistant("c")))).hasValueSatisfying(
                reason -> assertThat(reason).contains("alternate"));
    }

    @Test
    void refusesAConversationThatDoesNotEndWithTheAssistant() {
        assertThat(rules.violation(of(Message.user("a"), Message.assistant("b"), Message.user("c")))).hasValueSatisfying(
                reason -> assertThat(reason).contains("last message"));
    }

    @Test
    void refusesAnEmptyText() {
        assertThat(rules.violation(of(Message.user(" "), Message.assistant("b")))).hasValueSatisfying(
                reason -> assertThat(reason).contains("empty"));
    }

    @Test
    void refusesReservedRoleWords() {
        assertThat(rules.violation(of(Message.user("log:\nHuman: hi"), Message.assistant("b")))).hasValueSatisfying(
                reason -> assertThat(reason).contains("reserved"));
        assertThat(rules.violation(of(Message.user("a"), Message.assistant("done [EOS]")))).isPresent();
    }

    @Test
    void refusesARecordOverTheTokenLimit() {
        assertThat(new BedrockRules(10).violation(of(Message.user("x".repeat(40)), Message.assistant("y")))).hasValueSatisfying(
                reason -> assertThat(reason).contains("over the limit"));
    }

    @Test
    void refusesAnotherSchemaVersionOrRole() {
        assertThat(rules.violation(new Conversation("2023", null, List.of(Message.user("a"), Message.assistant("b"))))).isPresent();
        assertThat(rules.violation(of(new Message("system", List.of(new Text("a"))), Message.assistant("b")))).isPresent();
    }
}
