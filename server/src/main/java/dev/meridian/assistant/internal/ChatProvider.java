package dev.meridian.assistant.internal;

import dev.meridian.identity.CurrentUser;
import java.util.List;
import java.util.function.Consumer;

/** Answers a question, streaming text to {@code chunks} as it is written, and returns the whole answer. */
interface ChatProvider {

    String name();

    Answer answer(Ask ask, Consumer<String> chunks);

    /** Stops the start, naming the variable to set, when this provider is chosen without what it needs. */
    default void requireSettings() {
    }

    /** {@code history}: the conversation's earlier turns, oldest first; {@code projectKey}: the project the conversation is about now. */
    record Ask(String text, List<Turn> history, String projectKey, CurrentUser user) {
    }

    record Turn(String role, String text) {
    }
}
