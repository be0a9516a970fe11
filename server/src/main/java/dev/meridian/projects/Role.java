package dev.meridian.projects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.platform.InvalidInputException;
import java.util.Locale;

/** A member's role in one project. Viewers read, members change issues, admins also configure the project. */
public enum Role {
    VIEWER, MEMBER, ADMIN;

    public boolean canEdit() {
        return this != VIEWER;
    }

    public boolean canAdminister() {
        return this == ADMIN;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("role", "must be one of admin, member, viewer (was '" + value + "')");
        }
    }
}
