package dev.meridian.pipeline.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of a Bedrock fine-tuning file in the conversational format: an optional system prompt and turns that
 * alternate user / assistant, starting with the user and ending with the assistant.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conversation(String schemaVersion, List<Text> system, List<Message> messages) {

    public static final String SCHEMA_VERSION = "bedrock-conversation-2024";

    public record Text(String text) {
    }

    public record Message(String role, List<Text> content) {

        static Message user(String text) {
            return new Message("user", List.of(new Text(text)));
        }

        static Message assistant(String text) {
            return new Message("assistant", List.of(new Text(text)));
        }
    }

    static Conversation singleTurn(String system, String question, String answer) {
        return new Conversation(SCHEMA_VERSION, List.of(new Text(system)),
                List.of(Message.user(question), Message.assistant(answer)));
    }
}
