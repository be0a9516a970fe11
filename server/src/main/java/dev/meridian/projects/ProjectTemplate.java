package dev.meridian.projects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.platform.InvalidInputException;
import java.util.Locale;

/** What a new project starts with besides its scheme, as Jira's project templates: a scrum or kanban board, or nothing. */
public enum ProjectTemplate {
    SCRUM, KANBAN, NONE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ProjectTemplate parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("template", "must be one of scrum, kanban, none (was '" + value + "')");
        }
    }
}
