package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.ChatProvider.Ask;
import dev.meridian.assistant.internal.Conversations.Message;
import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One question and its answer: checked, counted against the asker's rate, stored, answered by the configured
 * provider (falling back to the local one, with a note, when it fails), and the answer stored with its model.
 */
@Component
class Chat {

    static final int MAX_QUESTION = 2_000;
    private static final int HISTORY_TURNS = 10;
    private static final Logger log = LoggerFactory.getLogger(Chat.class);

    private final Conversations conversations;
    private final QuestionRate rate;
    private final LocalProvider local;
    private final ChatProvider configured;

    Chat(Conversations conversations, QuestionRate rate, LocalProvider local, AssistantProperties properties,
            List<ChatProvider> providers) {
        this.conversations = conversations;
        this.rate = rate;
        this.local = local;
        var wanted = properties.provider().strip().toLowerCase(Locale.ROOT);
        this.configured = providers.stream().filter(p -> p.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("MERIDIAN_ASSISTANT_PROVIDER must be one of "
                        + providers.stream().map(ChatProvider::name).sorted().toList() + ", not '" + properties.provider() + "'"));
        configured.requireSettings();
    }

    /** What the provider needs to answer the question just stored. */
    record Asked(long conversationId, Message question, Ask ask) {
    }

    /** {@code zone}: the reader's, in which the answer writes times. */
    Asked ask(long conversationId, String text, ZoneId zone, CurrentUser user) {
        if (text == null || text.isBlank() || text.length() > MAX_QUESTION) {
            throw new InvalidInputException("text", "ask in 1 to " + MAX_QUESTION + " characters, e.g. \"how many open bugs are there?\"");
        }
        var conversation = conversations.get(conversationId, user);
        rate.take(user.id());
        var history = conversations.recentTurns(conversationId, HISTORY_TURNS);
        var question = conversations.ask(conversationId, text.strip(), user);
        return new Asked(conversationId, question, new Ask(text.strip(), history, conversations.currentProject(conversation), user, zone));
    }

    /**
     * Streams the answer's text to {@code chunks}; when the configured provider fails, {@code restart} gets the note
     * to show and the local provider answers from the start.
     */
    Answer answer(Ask ask, Consumer<String> chunks, Consumer<String> restart) {
        if (configured == local) {
            return local.answer(ask, chunks);
        }
        try {
            return configured.answer(ask, chunks);
        } catch (ProviderFailure e) {
            log.warn("The {} provider failed, answering with the local one: {}", configured.name(), e.getMessage());
            var note = "The " + configured.name() + " model could not answer (" + e.getMessage() + "); this answer is from the local assistant.";
            restart.accept(note);
            return local.answer(ask, chunks).withNote(note);
        }
    }

    Message store(long conversationId, Answer answer) {
        return conversations.answer(conversationId, answer);
    }
}
