package dev.meridian.issues;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One entry per requested issue, in the order asked; a failed one carries the problem it would have had on its own. */
public record BulkResult(int updated, int unchanged, int failed, List<Entry> results) {

    public enum Outcome {
        UPDATED, UNCHANGED, FAILED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code problem}: status, detail and the problem's extra members (field errors, allowed transitions). */
    public record Entry(String key, Outcome outcome, Integer version, Map<String, Object> problem) {
    }

    static BulkResult of(List<Entry> entries) {
        return new BulkResult(count(entries, Outcome.UPDATED), count(entries, Outcome.UNCHANGED), count(entries, Outcome.FAILED), entries);
    }

    private static int count(List<Entry> entries, Outcome outcome) {
        return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
    }
}
