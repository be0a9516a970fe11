package dev.meridian.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything an issue of the project may be set to: the project's own workflow, types, priorities and so on. */
public record ProjectScheme(ProjectRef project, Workflow workflow, List<IssueType> types, List<Priority> priorities,
        List<Resolution> resolutions, List<Component> components, List<Version> versions) {

    public record IssueType(long id, String name, int level) {
        public static final int EPIC = 1;
        public static final int STANDARD = 0;
        public static final int SUBTASK = -1;
    }

    public record Priority(long id, String name, int position, boolean isDefault) {
    }

    public record Resolution(long id, String name) {
    }

    public record Component(long id, String name, String description) {
    }

    public record Version(long id, String name, String description, boolean released, LocalDate startDate, LocalDate releaseDate,
            boolean archived) {
    }

    public Optional<IssueType> type(String name) {
        return types.stream().filter(t -> t.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public Optional<Priority> priority(String name) {
        return priorities.stream().filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public Optional<Priority> defaultPriority() {
        return priorities.stream().filter(Priority::isDefault).findFirst().or(() -> priorities.stream().findFirst());
    }

    public Optional<Resolution> resolution(String name) {
        return resolutions.stream().filter(r -> r.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public Optional<Component> component(String name) {
        return components.stream().filter(c -> c.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public Optional<Version> version(String name) {
        return versions.stream().filter(v -> v.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static <T> List<String> names(List<T> items, java.util.function.Function<T, String> name) {
        return items.stream().map(name).toList();
    }
}
