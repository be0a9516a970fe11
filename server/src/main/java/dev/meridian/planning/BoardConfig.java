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

    /**
     * A toggle on the board narrowing its cards to those its {@code jql} matches; several on are ANDed. {@code id} is
     * null in a request for a new one; {@code description}: what it is for, null when none.
     */
    public record QuickFilter(Long id, String name, String jql, String description) {
    }

    /**
     * What a create or update sends; on update, what is missing stays as it is. On create, a missing jql means the
     * project's issues, missing columns one per status, and a kanban board hides done issues after 14 days.
     * {@code hideDoneAfterDays}: 1 to 365, or 0 to show every done issue. {@code quickFilters} on update: one carrying
     * the id of one of the board's changes it (keeping its id, which addresses name), one without is added, the others go.
     */
    public record Input(String project, String name, String kind, String jql, Long filterId, String swimlanes,
            List<Column> columns, List<QuickFilter> quickFilters, Integer hideDoneAfterDays) {
    }
}
