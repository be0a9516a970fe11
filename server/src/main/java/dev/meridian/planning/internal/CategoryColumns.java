package dev.meridian.planning.internal;

import dev.meridian.planning.BoardConfig;
import dev.meridian.projects.StatusCategory;
import dev.meridian.projects.Workflow;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of a template's board, as Jira makes them: one per status category the workflow uses (To Do, In
 * Progress, Done), holding its statuses in workflow order. Plain Java.
 */
public final class CategoryColumns {

    private CategoryColumns() {
    }

    public static List<BoardConfig.Column> of(Workflow workflow) {
        return Arrays.stream(StatusCategory.values())
                .map(category -> new BoardConfig.Column(category.label(), workflow.statuses().stream()
                        .filter(s -> s.category() == category)
                        .sorted(Comparator.comparingInt(Workflow.Status::position))
                        .map(Workflow.Status::name).toList(), null, null))
                .filter(column -> !column.statuses().isEmpty())
                .toList();
    }
}
