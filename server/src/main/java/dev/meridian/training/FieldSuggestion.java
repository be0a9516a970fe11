package dev.meridian.training;

/**
 * The most probable value of a field ({@code priority}, {@code type}, {@code component}...) and its probability. For
 * {@code storyPoints} (an estimate, not a class) the confidence is how often the estimate was exactly right on held-out
 * issues, and {@code low}..{@code high} is the likely range (10th to 90th percentile of its errors); null otherwise.
 */
public record FieldSuggestion(String field, String value, double confidence, String low, String high) {

    public FieldSuggestion(String field, String value, double confidence) {
        this(field, value, confidence, null, null);
    }
}
