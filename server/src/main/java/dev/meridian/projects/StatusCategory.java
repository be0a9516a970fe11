package dev.meridian.projects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.platform.InvalidInputException;
import java.util.Locale;

/** Jira's three status categories: every status is in one, and boards and reports reason with them. */
public enum StatusCategory {
    NEW, INDETERMINATE, DONE;

    /** As Jira names the category, and a board's column for it. */
    public String label() {
        return switch (this) {
            case NEW -> "To Do";
            case INDETERMINATE -> "In Progress";
            case DONE -> "Done";
        };
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static StatusCategory parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("category", "must be one of new, indeterminate, done (was '" + value + "')");
        }
    }
}
