package dev.meridian.issues;

import java.util.List;

/**
 * The same change for many issues: the fields of {@code set} (a partial update, as for one issue, limited to
 * {@link #FIELDS}), then labels added and removed on top of what each issue has.
 */
public record BulkChange(List<String> keys, IssuePatch set, List<String> addLabels, List<String> removeLabels) {

    public static final List<String> FIELDS = List.of("status", "resolution", "priority", "assignee", "labels");
    public static final int MAX_ISSUES = 200;
}
