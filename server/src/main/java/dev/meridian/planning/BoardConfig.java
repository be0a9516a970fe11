package dev.meridian.planning;

import java.util.List;

/** A board as its admins configure it; {@code jql} is its saved filter's query. */
public record BoardConfig(long id, String projectKey, String name, String kind, long filterId, String jql,
        String swimlanes, List<Column> columns, List<QuickFilter> quickFilters) {

    /** {@code min}/{@code max}: the WIP limits, null when none. */
    public record Column(String name, List<String> statuses, Integer min, Integer max) {
    }

    public record QuickFilter(String name, String jql) {
    }

    /** What a create or update sends; on create, a missing jql means the project's issues, missing columns one per status. */
    public record Input(String project, String name, String kind, String jql, Long filterId, String swimlanes,
            List<Column> columns, List<QuickFilter> quickFilters) {
    }
}
