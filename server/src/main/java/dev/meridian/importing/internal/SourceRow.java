package dev.meridian.importing.internal;

import java.time.Instant;
import java.util.List;

/** A CSV record after parsing, before anything is checked against the project. */
record SourceRow(long line, String sourceId, String summary, String description, String type, String status,
        String priority, String resolution, String assignee, String reporter, List<String> labels, List<String> components,
        List<String> affectsVersions, List<String> fixVersions, Instant created, Instant updated, Instant resolved,
        List<String> duplicates) {
}
