package dev.meridian.ml;

/** The most probable value of one triage field for a draft, with the head's probability for it. */
public record FieldSuggestion(String field, String value, double confidence) {
}
