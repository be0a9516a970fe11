package dev.meridian.issues.internal;

import dev.meridian.issues.MovePlan;
import dev.meridian.projects.ProjectScheme;
import dev.meridian.projects.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an issue's values become in another project's scheme, as Jira's Move asks: a type or status of the same name,
 * else the one the caller chose for it ({@code types}, {@code statuses}: old name to new name). A type keeps its level
 * (an epic stays an epic, a sub-task a sub-task). Priority and resolution go by name, else the project's default
 * priority and its first resolution. Problems are collected in the target's {@link Lookup}, one per old name.
 */
final class MoveMapping {

    private final Lookup from;
    private final Lookup to;
    private final Map<String, String> types = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> statuses = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    MoveMapping(Lookup from, Lookup to, Map<String, String> types, Map<String, String> statuses) {
        this.from = from;
        this.to = to;
        this.types.putAll(types == null ? Map.of() : types);
        this.statuses.putAll(statuses == null ? Map.of() : statuses);
    }

    /** The type in the target project; null, with the problem noted, when there is none of the same name or level. */
    Long type(long typeId) {
        var name = from.typeName(typeId);
        int level = from.typeLevel(typeId);
        var sameLevel = typesOfLevel(level);
        var chosen = types.get(name);
        var type = to.scheme().type(chosen == null ? name : chosen).filter(t -> t.level() == level);
        if (type.isEmpty()) {
            var project = to.scheme().project().key();
            to.reject("types." + name, (chosen == null ? project + " has no issue type '" + name + "'"
                    : "'" + chosen + "' is not one of " + project + "'s " + levelWord(level) + " types")
                    + "; choose one of its " + levelWord(level) + " types: " + choices(sameLevel));
            return null;
        }
        return type.get().id();
    }

    /** The status in the target's workflow; null, with the problem noted, when it has none of the same name. */
    Long status(long statusId) {
        var name = from.statusName(statusId);
        var workflow = to.scheme().workflow();
        var chosen = statuses.get(name);
        var status = workflow.status(chosen == null ? name : chosen);
        if (status.isEmpty()) {
            var project = to.scheme().project().key();
            to.reject("statuses." + name, (chosen == null ? project + "'s workflow has no status '" + name + "'"
                    : "'" + chosen + "' is not a status of " + project + "'s workflow")
                    + "; choose one of: " + choices(statusNames()));
            return null;
        }
        return status.get().id();
    }

    /** The choices for a type the target has none of by name at its level; empty when it has one. */
    Optional<MovePlan.Mapping> typeNeeded(long typeId) {
        var name = from.typeName(typeId);
        int level = from.typeLevel(typeId);
        return to.scheme().type(name).filter(t -> t.level() == level).isPresent() ? Optional.empty()
                : Optional.of(new MovePlan.Mapping(name, typesOfLevel(level)));
    }

    /** The choices for a status the target's workflow has none of by name; empty when it has one. */
    Optional<MovePlan.Mapping> statusNeeded(long statusId) {
        var name = from.statusName(statusId);
        return to.scheme().workflow().status(name).isPresent() ? Optional.empty() : Optional.of(new MovePlan.Mapping(name, statusNames()));
    }

    Long priority(Long priorityId) {
        var name = from.priorityName(priorityId);
        var same = name == null ? Optional.<ProjectScheme.Priority>empty() : to.scheme().priority(name);
        return same.or(() -> to.scheme().defaultPriority()).map(ProjectScheme.Priority::id).orElse(null);
    }

    /** The resolution of the same name, if the target has one; a done issue without one gets the target's first. */
    Long resolution(Long resolutionId) {
        var name = from.resolutionName(resolutionId);
        return name == null ? null : to.scheme().resolution(name).map(ProjectScheme.Resolution::id).orElse(null);
    }

    private List<String> typesOfLevel(int level) {
        return to.scheme().types().stream().filter(t -> t.level() == level).map(ProjectScheme.IssueType::name).toList();
    }

    private List<String> statusNames() {
        return to.scheme().workflow().statuses().stream().map(Workflow.Status::name).toList();
    }

    private static String levelWord(int level) {
        return level > 0 ? "epic" : level < 0 ? "sub-task" : "standard";
    }

    private static String choices(List<String> names) {
        return names.isEmpty() ? "none (a project admin can add one in Project settings)" : String.join(", ", names);
    }
}
