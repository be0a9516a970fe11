package dev.meridian.pipeline;

import dev.meridian.pipeline.dataset.ProjectOutcome;
import java.util.List;
import java.util.Set;

/**
 * What a batch did: per-project outcomes, and the events that failed or were not started (out of time); those
 * must be retried (left on the queue), every other event may be deleted from it.
 */
public record BatchOutcome(List<ProjectOutcome> projects, Set<Long> failedEventIds, Set<Long> notStartedEventIds) {

    public boolean needsRetry(long eventId) {
        return failedEventIds.contains(eventId) || notStartedEventIds.contains(eventId);
    }
}
