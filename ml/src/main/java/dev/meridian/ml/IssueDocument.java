package dev.meridian.ml;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One issue as the model sees it: its text, when it was filed, and its triage fields by name
 * (for example {@code priority}, {@code status}, {@code resolution}, {@code affectsVersion}).
 * A missing field and an empty value mean the same thing: not set.
 */
public record IssueDocument(String key, String summary, String description, Instant created, Map<String, String> fields) {

    public IssueDocument {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A draft that is not filed yet: only text, so triage and duplicate search can run while a user types. */
    public static IssueDocument draft(String summary, String description) {
        return new IssueDocument("", summary, description, null, Map.of());
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
