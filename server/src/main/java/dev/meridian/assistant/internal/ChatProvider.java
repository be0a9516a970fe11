package dev.meridian.assistant.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.ReaderZone;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** Answers a question, streaming text to {@code chunks} as it is written, and returns the whole answer. */
interface ChatProvider {

    String name();

    Answer answer(Ask ask, Consumer<String> chunks);

    /** Stops the start, naming the variable to set, when this provider is chosen without what it needs. */
    default void requireSettings() {
    }

    /**
     * {@code history}: the conversation's earlier turns, oldest first; {@code projectKey}: the project the conversation is
     * about now; {@code zone}: the reader's time zone, in which the answer writes times.
     */
    record Ask(String text, List<Turn> history, String projectKey, CurrentUser user, ZoneId zone) {

        Ask(String text, List<Turn> history, String projectKey, CurrentUser user) {
            this(text, history, projectKey, user, ReaderZone.DEFAULT);
        }

        /** What a language model is told besides its instructions: the project looked at and the reader's time zone. */
        String context() {
            return (projectKey == null ? "" : " The user is looking at project " + projectKey + ".")
                    + " Tools give times in UTC; write times in the user's time zone, " + zone.getId() + ", and name it.";
        }
    }

    record Turn(String role, String text) {
    }
}
