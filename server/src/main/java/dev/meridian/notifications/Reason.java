package dev.meridian.notifications;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why someone was told, as Jira's default scheme names its events: an assignment to them, a mention, a new issue (to
 * its reporter and to those watching its project), a comment, a comment edited, work logged, another change (a field,
 * a link, an attachment), the issue deleted.
 */
public enum Reason {
    ASSIGNED, MENTIONED, CREATED, COMMENTED, COMMENT_EDITED, WORK_LOGGED, UPDATED, DELETED;

    /** Its name on the wire and in settings, in camel case ({@code commentEdited}). */
    @JsonValue
    public String wire() {
        var words = name().toLowerCase(Locale.ROOT).split("_");
        var wire = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            wire.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return wire.toString();
    }

    public static Reason of(String wire) {
        return find(wire).orElseThrow(() -> new IllegalArgumentException("No reason " + wire));
    }

    /** The reason of this wire name, if there is one. */
    public static Optional<Reason> find(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst();
    }
}
