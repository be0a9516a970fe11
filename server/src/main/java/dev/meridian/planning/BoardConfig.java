package dev.meridian.planning;

import java.util.List;

/**
 * A board as its admins configure it; {@code jql} is its saved filter's query. {@code hideDoneAfterDays}: a kanban
 * board leaves out done issues resolved longer ago than this, as Jira's "Hide completed issues older than"; null shows all.
 */
public record BoardConfig(long id, String projectKey, String name, String kind, long filterId, String jql,
        String swimlanes, List<Column> columns, List<QuickFilter> quickFilters, Integer hideDoneAfterDays) {

    /**
     * {@code statuses}: those whose issues the column shows, none for an empty column (one whose statuses all left the
     * workflow stays, as in Jira); {@code min}/{@code max}: the WIP limits, null when none.
     */
    public record Column(String name, List<String> statuses, Integer min, Integer max) {
    }

    public record QuickFilter(String name, String jql) {
    }

    /**
     * What a create or update sends; on update, what is missing stays as it is. On create, a missing jql means the
     * project's issues, missing columns one per status, and a kanban board hides done issues after 14 days.
     * {@code hideDoneAfterDays}: 1 to 365, or 0 to show every done issue.
     */
    public record Input(String project, String name, String kind, String jql, Long filterId, String swimlanes,
            List<Column> columns, List<QuickFilter> quickFilters, Integer hideDoneAfterDays) {
    }
}
