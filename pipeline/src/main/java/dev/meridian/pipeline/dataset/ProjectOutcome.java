package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.anonymize.RedactionType;
import dev.meridian.pipeline.records.Task;
import java.util.List;
import java.util.Map;

/**
 * What one project's share of a batch did. {@code alreadyProcessed} counts redelivered events that were skipped;
 * {@code optedOut} is true when the project's admins turned training off and nothing was stored.
 */
public record ProjectOutcome(String project, int eventsProcessed, int alreadyProcessed, boolean optedOut,
                             Map<Task, Integer> records, int rejected, Map<RedactionType, Long> redactions,
                             List<String> writtenKeys) {
}
