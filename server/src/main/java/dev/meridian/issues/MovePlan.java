package dev.meridian.issues;

import java.util.List;

/**
 * What moving the selected issues to {@code project} does, before anything moves, as Jira's bulk Move shows it.
 * {@code moving}: the selected issues that move, each with its sub-tasks (an epic without its issues);
 * {@code along}: selected sub-tasks whose parent is selected too, which go with it; {@code refused}: selected sub-tasks
 * without their parent, which do not move (a sub-task moves only with its parent, as in Jira); {@code subtasks}: how
 * many sub-tasks go along in all; {@code types}, {@code statuses}: those the project lacks among everything that moves,
 * each once, with what it may become.
 */
public record MovePlan(String project, List<String> moving, List<Along> along, List<Refused> refused, int subtasks,
        List<Mapping> types, List<Mapping> statuses, Dropped dropped) {

    public record Along(String key, String parent) {
    }

    public record Refused(String key, String detail) {
    }

    public record Mapping(String from, List<String> choices) {
    }

    /**
     * How many of the issues that move (sub-tasks included) lose their components, their versions (the old project's),
     * their assignee (who cannot be assigned in the project) and their epic (which stays); {@code epicIssues}: the
     * issues of moving epics that stay behind and leave them.
     */
    public record Dropped(int components, int versions, int assignees, int epics, int epicIssues) {
    }
}
