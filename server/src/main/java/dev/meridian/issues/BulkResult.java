package dev.meridian.issues;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.platform.ProblemException;
import java.util.LinkedHashMap;
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

        /** The issue as refused, with what the refusal would have answered on its own (its current state left out). */
        static Entry failed(String key, ProblemException refusal) {
            var problem = new LinkedHashMap<String, Object>();
            problem.put("status", refusal.status().value());
            problem.put("detail", refusal.getMessage());
            refusal.properties().forEach((name, value) -> {
                if (!name.equals("current")) {
                    problem.put(name, value);
                }
            });
            return new Entry(key, Outcome.FAILED, null, problem);
        }
    }

    static BulkResult of(List<Entry> entries) {
        return new BulkResult(count(entries, Outcome.UPDATED), count(entries, Outcome.UNCHANGED), count(entries, Outcome.FAILED), entries);
    }

    private static int count(List<Entry> entries, Outcome outcome) {
        return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
    }
}
