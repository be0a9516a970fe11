package dev.meridian.issues;

import java.time.Instant;
import java.util.Map;

/**
 * An issue as a model learns from it: its text, when it was filed and last changed, and its triage fields by name
 * ({@code type}, {@code priority}, {@code status}, {@code resolution}, {@code component}, {@code label},
 * {@code affectsVersion}, {@code assignee}; the first of several values, absent when not set).
 */
public record CorpusIssue(String key, String projectKey, String summary, String description, Instant createdAt,
        Instant updatedAt, Map<String, String> fields) {
}
