package dev.meridian.issues.internal;

import dev.meridian.issues.WorkDuration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Checks on free-text fields, reported through the lookup so all problems come back together. */
final class FieldRules {

    static final int SUMMARY_MAX = 255;
    static final int DESCRIPTION_MAX_BYTES = 64 * 1024;

    private FieldRules() {
    }

    static String summary(String summary, Lookup errors) {
        if (summary == null || summary.isBlank()) {
            errors.reject("summary", "must not be empty");
            return summary;
        }
        var trimmed = summary.trim();
        if (trimmed.length() > SUMMARY_MAX) {
            errors.reject("summary", "must be at most " + SUMMARY_MAX + " characters (was " + trimmed.length() + ")");
        }
        if (trimmed.contains("\n") || trimmed.contains("\r")) {
            errors.reject("summary", "must be a single line; put details in the description");
        }
        return trimmed;
    }

    static String description(String description, Lookup errors) {
        if (description == null || description.isBlank()) {
            return null;
        }
        int bytes = description.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > DESCRIPTION_MAX_BYTES) {
            errors.reject("description", "must be at most 64 KiB (was " + (bytes / 1024) + " KiB)");
        }
        return description;
    }

    static List<String> labels(List<String> labels, Lookup errors) {
        var clean = new LinkedHashSet<String>();
        for (var label : labels == null ? List.<String>of() : labels) {
            if (label == null || label.isBlank()) {
                errors.reject("labels", "labels must not be empty");
            } else if (label.trim().chars().anyMatch(Character::isWhitespace)) {
                errors.reject("labels", "label '" + label + "' contains a space; use - or _ instead");
            } else if (label.length() > 255) {
                errors.reject("labels", "labels must be at most 255 characters");
            } else {
                clean.add(label.trim());
            }
        }
        if (clean.size() > 50) {
            errors.reject("labels", "at most 50 labels");
        }
        return new ArrayList<>(clean);
    }

    /** Jira's duration text to seconds; blank clears the estimate. */
    static Long duration(String field, String text, Lookup errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var seconds = WorkDuration.parse(text);
        if (seconds.isEmpty()) {
            errors.reject(field, WorkDuration.notADuration(text));
            return null;
        }
        return seconds.getAsLong();
    }

    static java.math.BigDecimal storyPoints(java.math.BigDecimal points, Lookup errors) {
        if (points != null && (points.signum() < 0 || points.compareTo(java.math.BigDecimal.valueOf(1000)) > 0)) {
            errors.reject("storyPoints", "must be between 0 and 1000");
        }
        return points;
    }
}
