package dev.meridian.notifications;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why someone was told, the most specific first: an assignment to them, a mention, a comment, another change. */
public enum Reason {
    ASSIGNED, MENTIONED, COMMENTED, UPDATED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Reason of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The reason of this wire name, if there is one. */
    public static Optional<Reason> find(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst();
    }
}
