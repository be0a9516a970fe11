package dev.meridian.projects;

import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.InvalidInputException.FieldError;
import dev.meridian.platform.SupportedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A change to a version: only the fields named in {@code present} change; a description or date present as null is
 * cleared. Releasing a version that has no release date dates it today, as Jira does.
 */
public record VersionEdit(Set<String> present, String name, String description, LocalDate startDate, LocalDate releaseDate,
        Boolean released, Boolean archived) {

    public static final List<String> FIELDS = List.of("name", "description", "startDate", "releaseDate", "released", "archived");
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;

    /** Releases the version on the given date, or (null) on the one it has, else today. */
    public static VersionEdit release(LocalDate on) {
        return new VersionEdit(on == null ? Set.of("released") : Set.of("released", "releaseDate"), null, null, null, on, true, null);
    }

    public boolean has(String field) {
        return present.contains(field);
    }

    ProjectScheme.Version applyTo(ProjectScheme.Version v, LocalDate today) {
        if (present.isEmpty()) {
            throw new InvalidInputException("body", "send at least one of " + String.join(", ", FIELDS));
        }
        var problems = new ArrayList<FieldError>();
        var newName = has("name") ? name(name, problems) : v.name();
        var newDescription = has("description") ? description(description, problems) : v.description();
        boolean nowReleased = flag("released", released, v.released(), problems);
        boolean nowArchived = flag("archived", archived, v.archived(), problems);
        var start = has("startDate") ? SupportedDates.require("startDate", startDate) : v.startDate();
        var release = has("releaseDate") ? SupportedDates.require("releaseDate", releaseDate) : v.releaseDate();
        if (nowReleased && !v.released() && release == null) {
            release = today;
        }
        dates(start, release, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProjectScheme.Version(v.id(), newName, newDescription, nowReleased, start, release, nowArchived);
    }

    static String name(String name, List<FieldError> problems) {
        var trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            problems.add(new FieldError("name", "a version needs a name, e.g. 2.1"));
        } else if (trimmed.length() > MAX_NAME) {
            problems.add(new FieldError("name", "must be at most " + MAX_NAME + " characters (was " + trimmed.length() + ")"));
        }
        return trimmed;
    }

    static String description(String description, List<FieldError> problems) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters (was " + description.length() + ")"));
        }
        return description.trim();
    }

    /** A version starts on or before the day it is released. */
    static void dates(LocalDate start, LocalDate release, List<FieldError> problems) {
        if (start != null && release != null && start.isAfter(release)) {
            problems.add(new FieldError("startDate", "the start date " + start + " is after the release date " + release
                    + "; move one of them"));
        }
    }

    private boolean flag(String field, Boolean value, boolean current, List<FieldError> problems) {
        if (!has(field)) {
            return current;
        }
        if (value == null) {
            problems.add(new FieldError(field, "must be true or false"));
            return current;
        }
        return value;
    }
}
