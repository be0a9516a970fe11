package dev.meridian.planning.internal;

import dev.meridian.planning.BoardConfig;
import dev.meridian.projects.StatusCategory;
import java.util.List;
import java.util.Map;

/**
 * The column of a board a status new to its workflow goes into, as in Jira: the last column showing a status of the
 * same category (to do, in progress, done), else the first column. Plain Java.
 */
final class NewStatusColumn {

    private NewStatusColumn() {
    }

    /** The column's index, or -1 for a board without columns; {@code categories}: the workflow's, by status name. */
    static int of(List<BoardConfig.Column> columns, Map<String, StatusCategory> categories, StatusCategory category) {
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (columns.get(i).statuses().stream().anyMatch(s -> categories.get(s) == category)) {
                return i;
            }
        }
        return columns.isEmpty() ? -1 : 0;
    }
}
