package dev.meridian.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import did: the key given to each source id, rows left out and why, values added to the project's scheme,
 * links made, and warnings about data kept in a changed form.
 */
public record ImportReport(int imported, Map<String, String> keys, Map<String, String> alreadyImported,
        List<Rejected> rejected, Added added, int linksCreated, List<String> linksRejected, List<String> warnings) {

    /** {@code line} is the CSV record number, 1 being the first row after the header. */
    public record Rejected(long line, String sourceId, String reason) {
    }

    public record Added(List<String> statuses, List<String> priorities, List<String> resolutions, List<String> types,
            List<String> versions, List<String> components) {
    }
}
