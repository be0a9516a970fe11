package dev.meridian.training;

/** The most probable value of a field ({@code priority}, {@code type}, {@code component}...) and its probability. */
public record FieldSuggestion(String field, String value, double confidence) {
}
