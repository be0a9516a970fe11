package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.issues.WorkDuration;
import dev.meridian.search.JqlException;
import dev.meridian.search.internal.Fields.Kind;
import dev.meridian.search.internal.Vocabulary.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Operands to what SQL compares: ids for named things, instants for dates, numbers, label strings; and JQL's functions. */
final class Operands {

    /** What an operand stands for: some values and, when it says EMPTY (or Unresolved), the empty field too. */
    record Resolved<T>(List<T> values, boolean empty) {
    }

    /** Jira's functions: name, argument counts allowed, what they return. */
    enum Returns { USERS, VERSIONS, ISSUES, INSTANT, SPRINTS }

    record FunctionInfo(String name, int minArgs, int maxArgs, Returns returns, String arguments, String description) {
    }

    static final List<FunctionInfo> FUNCTIONS = List.of(
            new FunctionInfo("currentUser", 0, 0, Returns.USERS, "", "The user running the query"),
            new FunctionInfo("membersOf", 1, 1, Returns.USERS, "\"KEY\" or \"KEY:role\"", "Members of a project, or of one role in it"),
            new FunctionInfo("now", 0, 0, Returns.INSTANT, "", "This instant"),
            new FunctionInfo("startOfDay", 0, 1, Returns.INSTANT, "[\"±n\" or \"±nd\"]", "00:00 today (UTC), shifted"),
            new FunctionInfo("startOfWeek", 0, 1, Returns.INSTANT, "[\"±n\"]", "Monday 00:00 of this week, shifted"),
            new FunctionInfo("startOfMonth", 0, 1, Returns.INSTANT, "[\"±n\"]", "The first of this month, shifted"),
            new FunctionInfo("startOfYear", 0, 1, Returns.INSTANT, "[\"±n\"]", "1 January of this year, shifted"),
            new FunctionInfo("endOfDay", 0, 1, Returns.INSTANT, "[\"±n\"]", "The end of today (UTC), shifted"),
            new FunctionInfo("endOfWeek", 0, 1, Returns.INSTANT, "[\"±n\"]", "The end of Sunday of this week, shifted"),
            new FunctionInfo("endOfMonth", 0, 1, Returns.INSTANT, "[\"±n\"]", "The end of this month, shifted"),
            new FunctionInfo("endOfYear", 0, 1, Returns.INSTANT, "[\"±n\"]", "The end of this year, shifted"),
            new FunctionInfo("releasedVersions", 0, 1, Returns.VERSIONS, "[\"KEY\"]", "Released versions, of one project or all"),
            new FunctionInfo("unreleasedVersions", 0, 1, Returns.VERSIONS, "[\"KEY\"]", "Versions not yet released"),
            new FunctionInfo("openSprints", 0, 0, Returns.SPRINTS, "", "Active sprints"),
            new FunctionInfo("closedSprints", 0, 0, Returns.SPRINTS, "", "Completed sprints"),
            new FunctionInfo("futureSprints", 0, 0, Returns.SPRINTS, "", "Sprints not started yet"),
            new FunctionInfo("linkedIssues", 1, 2, Returns.ISSUES, "\"KEY-1\"[, \"link description\"]",
                    "Issues linked to an issue, by any link or by one kind"));

    private static final Map<Kind, Returns> FUNCTION_FIELDS = Map.of(Kind.USER, Returns.USERS, Kind.WATCHER, Returns.USERS,
            Kind.FIX_VERSION, Returns.VERSIONS, Kind.AFFECTED_VERSION, Returns.VERSIONS, Kind.KEY, Returns.ISSUES,
            Kind.PARENT, Returns.ISSUES, Kind.TIMESTAMP, Returns.INSTANT, Kind.DAY, Returns.INSTANT, Kind.SPRINT, Returns.SPRINTS);

    private static final Map<String, String> CATEGORIES = Map.of("to do", "new", "new", "new", "in progress", "indeterminate",
            "indeterminate", "indeterminate", "done", "done", "complete", "done");

    private final Vocabulary vocabulary;
    private final long userId;
    private final Instant now;

    Operands(Vocabulary vocabulary, long userId, Instant now) {
        this.vocabulary = vocabulary;
        this.userId = userId;
        this.now = now;
    }

    Instant now() {
        return now;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The ids an operand names for a field that refers to rows (statuses, users, versions, issues…). */
    Resolved<Long> ids(Fields.Field field, Jql.Operand operand) {
        var ids = new LinkedHashSet<Long>();
        boolean empty = false;
        for (var item : flatten(operand)) {
            if (item instanceof Jql.Empty) {
                empty = true;
            } else if (item instanceof Jql.Function f) {
                ids.addAll(function(field, f));
            } else {
                var v = (Jql.Value) item;
                if (field.kind() == Kind.RESOLUTION && v.text().trim().equalsIgnoreCase("unresolved")) {
                    empty = true;
                    continue;
                }
                var found = lookup(vocabulary, field, v);
                // A name of a project outside the query's scope is valid; it just matches nothing here.
                if (found.isEmpty() && (vocabulary.visible() == vocabulary || lookup(vocabulary.visible(), field, v).isEmpty())) {
                    throw unknownValue(field, v);
                }
                ids.addAll(found);
            }
        }
        return new Resolved<>(List.copyOf(ids), empty);
    }

    Resolved<Instant> instants(Fields.Field field, Jql.Operand operand) {
        var out = new ArrayList<Instant>();
        boolean empty = false;
        for (var item : flatten(operand)) {
            if (item instanceof Jql.Empty) {
                empty = true;
            } else if (item instanceof Jql.Function f) {
                out.add(instant(field, f));
            } else {
                out.add(instant(field, (Jql.Value) item));
            }
        }
        return new Resolved<>(out, empty);
    }

    Instant instant(Fields.Field field, Jql.Value v) {
        return JqlDates.parse(v.text(), now).orElseThrow(() -> error("Date value '" + v.text() + "' for field '"
                + field.label() + "' is invalid. " + JqlDates.FORMATS, v.pos()));
    }

    Resolved<BigDecimal> numbers(Fields.Field field, Jql.Operand operand) {
        var out = new ArrayList<BigDecimal>();
        boolean empty = false;
        for (var item : flatten(operand)) {
            if (item instanceof Jql.Empty) {
                empty = true;
            } else if (item instanceof Jql.Value v) {
                try {
                    out.add(new BigDecimal(v.text().trim()));
                } catch (NumberFormatException notANumber) {
                    throw error("Value '" + v.text() + "' for field '" + field.label() + "' is not a number.", v.pos());
                }
            } else {
                throw notForField((Jql.Function) item, field);
            }
        }
        return new Resolved<>(out, empty);
    }

    /** Jira's durations ("2h", "1w 2d") in seconds, as the time-tracking columns hold them. */
    Resolved<Long> durations(Fields.Field field, Jql.Operand operand) {
        var out = new ArrayList<Long>();
        boolean empty = false;
        for (var item : flatten(operand)) {
            if (item instanceof Jql.Empty) {
                empty = true;
            } else if (item instanceof Jql.Value v) {
                var seconds = WorkDuration.parse(v.text());
                if (seconds.isEmpty()) {
                    throw error("Value '" + v.text() + "' for field '" + field.label() + "' is not a duration. "
                            + WorkDuration.HINT + ", quoted when it has spaces.", v.pos());
                }
                out.add(seconds.getAsLong());
            } else {
                throw notForField((Jql.Function) item, field);
            }
        }
        return new Resolved<>(out, empty);
    }

    Resolved<String> strings(Fields.Field field, Jql.Operand operand) {
        var out = new ArrayList<String>();
        boolean empty = false;
        for (var item : flatten(operand)) {
            if (item instanceof Jql.Empty) {
                empty = true;
            } else if (item instanceof Jql.Value v) {
                out.add(v.text());
            } else {
                throw notForField((Jql.Function) item, field);
            }
        }
        return new Resolved<>(out, empty);
    }

    private static List<Long> lookup(Vocabulary vocabulary, Fields.Field field, Jql.Value v) {
        var text = v.text();
        return switch (field.kind()) {
            case PROJECT -> vocabulary.projects(text);
            case KEY, PARENT -> vocabulary.issue(text).stream().map(Vocabulary.IssueRef::id).toList();
            case TYPE -> vocabulary.named(Named.TYPE, text);
            case STATUS -> vocabulary.named(Named.STATUS, text);
            case PRIORITY -> vocabulary.named(Named.PRIORITY, text);
            case RESOLUTION -> vocabulary.named(Named.RESOLUTION, text);
            case COMPONENT -> vocabulary.named(Named.COMPONENT, text);
            case FIX_VERSION, AFFECTED_VERSION -> vocabulary.named(Named.VERSION, text);
            case USER, WATCHER -> vocabulary.users(text);
            case SPRINT -> vocabulary.sprints(text);
            case STATUS_CATEGORY -> {
                var category = CATEGORIES.get(text.trim().toLowerCase(Locale.ROOT));
                yield category == null ? List.of() : vocabulary.statusesInCategory(category);
            }
            default -> throw new IllegalStateException("No lookup for " + field.kind());
        };
    }

    JqlException unknownValue(Fields.Field field, Jql.Value v) {
        if (field.kind() == Kind.KEY || field.kind() == Kind.PARENT) {
            return error("An issue with key '" + v.text() + "' does not exist for field '" + field.label() + "'.", v.pos());
        }
        return error("The value '" + v.text() + "' does not exist for the field '" + field.label() + "'.", v.pos());
    }

    private List<Long> function(Fields.Field field, Jql.Function f) {
        var info = info(f);
        if (FUNCTION_FIELDS.get(field.kind()) != info.returns() || info.returns() == Returns.INSTANT) {
            throw notForField(f, field);
        }
        var args = f.arguments();
        return switch (info.name()) {
            case "currentUser" -> List.of(userId);
            case "membersOf" -> membersOf(f, args.get(0));
            case "releasedVersions", "unreleasedVersions" -> {
                var project = args.isEmpty() ? null : args.get(0);
                if (project != null && !vocabulary.visible().projectExists(project)) {
                    throw error("The value '" + project + "' does not exist for the field 'project'.", f.pos());
                }
                yield vocabulary.versions(info.name().equals("releasedVersions"), project);
            }
            case "openSprints" -> vocabulary.sprintsIn("active");
            case "closedSprints" -> vocabulary.sprintsIn("closed");
            case "futureSprints" -> vocabulary.sprintsIn("future");
            default -> linkedIssues(f, args);
        };
    }

    private List<Long> membersOf(Jql.Function f, String argument) {
        var parts = argument.split(":", 2);
        var role = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : null;
        if (role != null && !Set.of("admin", "member", "viewer").contains(role)) {
            throw error("Function 'membersOf' takes \"KEY\" or \"KEY:role\" with role admin, member or viewer, not '"
                    + argument + "'.", f.pos());
        }
        if (!vocabulary.visible().projectExists(parts[0])) {
            throw error("Function 'membersOf' could not find the project '" + parts[0] + "'.", f.pos());
        }
        return vocabulary.visible().members(parts[0], role);
    }

    private List<Long> linkedIssues(Jql.Function f, List<String> args) {
        var issue = vocabulary.visible().issue(args.get(0));
        if (issue.isEmpty()) {
            throw error("Function 'linkedIssues' could not find the issue '" + args.get(0) + "'.", f.pos());
        }
        var type = args.size() > 1 ? args.get(1) : null;
        if (type != null && !vocabulary.visible().linkTypeExists(type)) {
            throw error("Function 'linkedIssues' does not know the link type '" + type
                    + "'; use a link description such as 'blocks' or 'is duplicated by'.", f.pos());
        }
        return vocabulary.visible().linkedIssues(issue.get(0).id(), type);
    }

    private Instant instant(Fields.Field field, Jql.Function f) {
        var info = info(f);
        if (info.returns() != Returns.INSTANT) {
            throw notForField(f, field);
        }
        if (info.name().equals("now")) {
            return now;
        }
        var offset = f.arguments().isEmpty() ? null : f.arguments().get(0);
        return JqlDates.boundary(info.name(), offset, now).orElseThrow(() -> error("Function '" + info.name()
                + "' takes an offset such as \"-1\", \"+2d\" or \"-1w\", not '" + offset + "'.", f.pos()));
    }

    /** The function's description, once its name and argument count are checked. */
    static FunctionInfo info(Jql.Function f) {
        var info = FUNCTIONS.stream().filter(i -> i.name().equalsIgnoreCase(f.name())).findFirst()
                .orElseThrow(() -> error("Unable to find JQL function '" + f.name() + "()'.", f.pos()));
        int n = f.arguments().size();
        if (n < info.minArgs() || n > info.maxArgs()) {
            var expected = info.minArgs() == info.maxArgs() ? String.valueOf(info.minArgs())
                    : info.minArgs() + " or " + info.maxArgs();
            throw error("Function '" + info.name() + "' expects " + expected + " argument" + (info.maxArgs() == 1 ? "" : "s")
                    + " but got " + n + ".", f.pos());
        }
        return info;
    }

    private static JqlException notForField(Jql.Function f, Fields.Field field) {
        info(f);
        return error("The function '" + f.name() + "()' cannot be used with the field '" + field.label() + "'.", f.pos());
    }

    static List<Jql.Operand> flatten(Jql.Operand operand) {
        if (operand instanceof Jql.ValueList list) {
            var out = new ArrayList<Jql.Operand>();
            list.items().forEach(i -> out.addAll(flatten(i)));
            return out;
        }
        return List.of(operand);
    }
}
