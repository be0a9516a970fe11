package dev.meridian.planning.internal;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.StatusAdded;
import dev.meridian.projects.StatusRetired;
import dev.meridian.projects.Workflow;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Configured boards follow their project's workflow, as Jira's do: a status added to it goes into a column (see
 * {@link NewStatusColumn}), a status removed from it leaves every column, and a column left without statuses stays,
 * empty. In the workflow change's transaction; each board changed records a {@code board.updated} event with its
 * columns after the change.
 */
@Component
class WorkflowColumns {

    private final BoardStore store;
    private final ProjectSchemes schemes;
    private final ChangeEvents events;

    WorkflowColumns(BoardStore store, ProjectSchemes schemes, ChangeEvents events) {
        this.store = store;
        this.schemes = schemes;
        this.events = events;
    }

    @EventListener
    void place(StatusAdded added) {
        var workflow = schemes.scheme(added.project()).workflow();
        var names = names(workflow);
        var categories = workflow.statuses().stream().collect(Collectors.toMap(Workflow.Status::name, Workflow.Status::category));
        var status = workflow.status(added.statusId());
        for (var board : store.ofProjects(List.of(added.project().id()))) {
            int column = NewStatusColumn.of(store.columns(board.id(), names), categories, status.category());
            if (column >= 0) {
                store.addStatus(board.id(), column, status.id());
                recordColumns(board, names, added.byUserId());
            }
        }
    }

    @EventListener
    void remove(StatusRetired retired) {
        var boards = store.removeStatus(retired.statusId());
        if (boards.isEmpty()) {
            return;
        }
        var names = names(schemes.scheme(retired.project()).workflow());
        boards.forEach(id -> recordColumns(store.find(id).orElseThrow(), names, retired.byUserId()));
    }

    private static Map<Long, String> names(Workflow workflow) {
        return workflow.statuses().stream().collect(Collectors.toMap(Workflow.Status::id, Workflow.Status::name));
    }

    private void recordColumns(BoardStore.Row board, Map<Long, String> names, long byUserId) {
        events.record(new ChangeEvent("board.updated", "board", String.valueOf(board.id()), board.projectKey(), byUserId,
                Map.of("id", board.id(), "name", board.name(), "columns", store.columns(board.id(), names))));
    }
}
