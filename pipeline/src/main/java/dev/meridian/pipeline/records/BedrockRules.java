package dev.meridian.pipeline.records;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bedrock's rules for a conversational fine-tuning record, checked before anything is written: the schema
 * version, non-empty text everywhere, roles user/assistant alternating from user to assistant, no reserved role
 * words, and a size bound (32k tokens per record for the text models Meridian targets; tokens estimated at
 * 3 characters each, which over-counts English and so errs on the safe side).
 */
public final class BedrockRules {

    public static final int DEFAULT_MAX_TOKENS = 32_000;
    private static final int CHARS_PER_TOKEN = 3;
    private static final Set<String> ROLES = Set.of("user", "assistant");

    private final int maxTokens;

    public BedrockRules(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    /** Why Bedrock would refuse this record, or empty when it is fine. */
    public Optional<String> violation(Conversation record) {
        if (!Conversation.SCHEMA_VERSION.equals(record.schemaVersion())) {
            return Optional.of("schemaVersion must be " + Conversation.SCHEMA_VERSION);
        }
        if (record.system() != null && (record.system().isEmpty() || record.system().stream().anyMatch(BedrockRules::blank))) {
            return Optional.of("system prompt has an empty text");
        }
        List<Conversation.Message> messages = record.messages();
        if (messages == null || messages.isEmpty()) {
            return Optional.of("no messages");
        }
        for (int i = 0; i < messages.size(); i++) {
            Conversation.Message message = messages.get(i);
            String expected = i % 2 == 0 ? "user" : "assistant";
            if (!ROLES.contains(message.role())) {
                return Optional.of("message " + i + " has role " + message.role() + "; only user and assistant are allowed");
            }
            if (!expected.equals(message.role())) {
                return Optional.of("message " + i + " should be " + expected + ": roles must alternate, starting with user");
            }
            if (message.content() == null || message.content().isEmpty() || message.content().stream().anyMatch(BedrockRules::blank)) {
                return Optional.of("message " + i + " has an empty text");
            }
        }
        if (!"assistant".equals(messages.get(messages.size() - 1).role())) {
            return Optional.of("the last message must be the assistant's");
        }
        return reservedWords(record).or(() -> size(record));
    }

    private Optional<String> size(Conversation record) {
        long chars = texts(record).mapToLong(String::length).sum();
        long tokens = (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
        return tokens > maxTokens ? Optional.of("about " + tokens + " tokens, over the limit of " + maxTokens) : Optional.empty();
    }

    private static Optional<String> reservedWords(Conversation record) {
        return texts(record)
                .filter(RoleWords::present)
                .findFirst()
                .map(text -> "contains a reserved role word or token (e.g. \\nHuman:, Assistant:, [EOS])");
    }

    private static Stream<String> texts(Conversation record) {
        Stream<Conversation.Text> system = record.system() == null ? Stream.empty() : record.system().stream();
        return Stream.concat(system, record.messages().stream().flatMap(m -> m.content().stream()))
                .map(Conversation.Text::text);
    }

    private static boolean blank(Conversation.Text text) {
        return text == null || text.text() == null || text.text().isBlank();
    }
}
