package dev.meridian.planning.internal;

import dev.meridian.planning.Boards;
import dev.meridian.projects.ProjectCreated;
import dev.meridian.projects.ProjectTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A project created from the scrum or kanban template gets that board, in the creating transaction. */
@Component
class TemplateBoards {

    private final Boards boards;

    TemplateBoards(Boards boards) {
        this.boards = boards;
    }

    @EventListener
    void create(ProjectCreated created) {
        if (created.template() != ProjectTemplate.NONE) {
            boards.createFirst(created.project().key(), created.template().wire(), created.by());
        }
    }
}
