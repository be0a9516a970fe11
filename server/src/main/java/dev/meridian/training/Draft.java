package dev.meridian.training;

/** An issue being written, not filed yet. */
public record Draft(String summary, String description) {
}
