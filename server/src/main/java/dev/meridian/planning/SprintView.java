package dev.meridian.planning;

import java.time.Instant;
import java.util.List;

/** A sprint with the keys of the issues in it (for a closed sprint: those it held when it was completed). */
public record SprintView(long id, long boardId, String projectKey, String name, String goal, String state,
        Instant startDate, Instant endDate, Instant startedAt, Instant completedAt, List<String> issueKeys) {
}
