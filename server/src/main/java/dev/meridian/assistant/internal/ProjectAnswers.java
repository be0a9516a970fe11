package dev.meridian.assistant.internal;

import static dev.meridian.assistant.internal.Markdown.escape;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.training.NoActiveModelException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Answers about a project as a whole: where its boards and sprints stand, and triage suggestions for a draft. */
@Component
class ProjectAnswers {

    private final SprintStatus sprints;
    private final ChatTools tools;

    ProjectAnswers(SprintStatus sprints, ChatTools tools) {
        this.sprints = sprints;
        this.tools = tools;
    }

    void sprint(Draft d, String project, CurrentUser user, Trace trace) {
        d.about(project);
        var boards = sprints.of(project, user, trace);
        if (boards.isEmpty()) {
            d.paragraph(project + " has no boards you can see, so there is no sprint or board to report on.");
            return;
        }
        for (var board : boards) {
            var sprint = board.activeSprint();
            var head = "**" + escape(board.name()) + "** (" + board.kind() + " board)";
            if ("scrum".equals(board.kind()) && sprint == null) {
                d.paragraph(head + " has no active sprint" + (board.nextSprints().isEmpty() ? "."
                        : "; planned next: " + board.nextSprints().stream().map(Markdown::escape).collect(Collectors.joining(", ")) + "."));
                continue;
            }
            if (sprint != null) {
                d.paragraph(head + ": sprint **" + escape(sprint.name()) + "**" + (sprint.goal() == null || sprint.goal().isBlank() ? ""
                        : " (goal: " + escape(sprint.goal()) + ")") + (sprint.start() == null ? "" : ", started " + d.when(sprint.start()))
                        + (sprint.end() == null ? "" : ", ends " + d.when(sprint.end()) + " (" + sprint.daysLeft() + " days left)")
                        + "; **" + sprint.done() + " of " + sprint.issues() + "** issues done.");
            } else {
                d.paragraph(head + ":");
            }
            for (var column : board.columns()) {
                d.line("- " + escape(column.name()) + ": " + column.issues() + (column.max() == null ? "" : " (WIP limit " + column.max()
                        + (column.overLimit() ? ", **over the limit**" : "") + ")"));
            }
            if (!board.nextSprints().isEmpty()) {
                d.paragraph("Planned next: " + board.nextSprints().stream().map(Markdown::escape).collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    void triage(Draft d, String project, String summary, CurrentUser user, Trace trace) {
        d.about(project);
        try {
            var s = tools.suggest(project, summary, null, user, trace);
            d.paragraph("For a new " + project + " issue \"" + escape(summary) + "\", the trained model **" + s.modelVersion() + "** suggests:");
            s.fields().forEach(f -> d.line("- " + f.field() + ": **" + escape(f.value()) + "** ("
                    + String.format(Locale.ROOT, "%.0f%%", f.confidence() * 100) + ")"));
            if (!s.possibleDuplicates().isEmpty()) {
                d.paragraph("Possible duplicates:");
                s.possibleDuplicates().stream().limit(5).forEach(i -> {
                    d.cite(i.key());
                    d.line("- **" + i.key() + "** " + escape(i.summary()) + " — " + i.status());
                });
            }
        } catch (NoActiveModelException e) {
            d.paragraph(project + " has no trained model yet, so I have no triage suggestions; a project admin can train one "
                    + "(Training, or POST /api/v1/training/jobs).");
        }
    }
}
