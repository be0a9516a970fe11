package dev.meridian.issues;

import dev.meridian.platform.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code PROJ-123}: the project's key and the issue's number in it. */
public record IssueKey(String project, int number) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z][A-Z0-9]{1,9})-([1-9][0-9]{0,8})");

    public static IssueKey parse(String text) {
        return parse(text, "key");
    }

    /** {@code field} names where the key came from, for the error message. */
    public static IssueKey parse(String text, String field) {
        var m = SHAPE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException(field, "'" + text + "' is not an issue key like PROJ-123");
        }
        return new IssueKey(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return project + "-" + number;
    }
}
