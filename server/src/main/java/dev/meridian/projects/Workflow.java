package dev.meridian.projects;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The statuses of a project and the moves allowed between them. */
public record Workflow(List<Status> statuses, List<Transition> transitions) {

    /** {@code wipMin}/{@code wipMax}: the board column's work-in-progress limits, null for none. */
    public record Status(long id, String name, StatusCategory category, int position, Integer wipMin, Integer wipMax) {
    }

    /** {@code fromStatusId} null: the move is allowed from any status. */
    public record Transition(long id, String name, Long fromStatusId, long toStatusId) {
    }

    public Status initial() {
        return statuses.stream().min(Comparator.comparingInt(Status::position)).orElseThrow();
    }

    public Optional<Status> status(String name) {
        return statuses.stream().filter(s -> s.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public Status status(long id) {
        return statuses.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    public boolean allows(long fromStatusId, long toStatusId) {
        return transitions.stream().anyMatch(t -> t.toStatusId() == toStatusId
                && (t.fromStatusId() == null || t.fromStatusId() == fromStatusId));
    }

    /** Names of the statuses an issue in the given status may move to, in board order. */
    public List<String> targetsFrom(long fromStatusId) {
        return statuses.stream()
                .filter(s -> s.id() != fromStatusId && allows(fromStatusId, s.id()))
                .sorted(Comparator.comparingInt(Status::position))
                .map(Status::name)
                .toList();
    }
}
