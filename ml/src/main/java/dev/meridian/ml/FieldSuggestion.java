package dev.meridian.ml;

/**
 * The most probable value of one triage field for a draft, with the head's probability for it. An estimate (story
 * points) also gives a likely range, {@code low} to {@code high} (null for the classifiers).
 */
public record FieldSuggestion(String field, String value, double confidence, String low, String high) {

    public FieldSuggestion(String field, String value, double confidence) {
        this(field, value, confidence, null, null);
    }
}
