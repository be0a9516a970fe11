package dev.meridian.search.internal;

import static dev.meridian.search.internal.Jql.Operator.EQUALS;
import static dev.meridian.search.internal.Jql.Operator.GREATER;
import static dev.meridian.search.internal.Jql.Operator.GREATER_OR_EQUAL;
import static dev.meridian.search.internal.Jql.Operator.IN;
import static dev.meridian.search.internal.Jql.Operator.IS;
import static dev.meridian.search.internal.Jql.Operator.IS_NOT;
import static dev.meridian.search.internal.Jql.Operator.LESS;
import static dev.meridian.search.internal.Jql.Operator.LESS_OR_EQUAL;
import static dev.meridian.search.internal.Jql.Operator.LIKE;
import static dev.meridian.search.internal.Jql.Operator.NOT_EQUALS;
import static dev.meridian.search.internal.Jql.Operator.NOT_IN;
import static dev.meridian.search.internal.Jql.Operator.NOT_LIKE;

import dev.meridian.search.internal.Jql.Operator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The searchable fields: their names, what kind of value they hold, which operators they take, how they sort. */
final class Fields {

    enum Kind { PROJECT, KEY, PARENT, TYPE, STATUS, STATUS_CATEGORY, PRIORITY, RESOLUTION, USER, WATCHER, LABELS, COMPONENT,
        FIX_VERSION, AFFECTED_VERSION, TEXT, TIMESTAMP, DAY, NUMBER, DURATION, SPRINT, RANK }

    private static final Set<Operator> EQUALITY = EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS, IS_NOT);
    private static final Set<Operator> ORDERED = EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS, IS_NOT, LESS, GREATER,
            LESS_OR_EQUAL, GREATER_OR_EQUAL);
    private static final Set<Operator> TEXTUAL = EnumSet.of(LIKE, NOT_LIKE, IS, IS_NOT);

    /**
     * {@code column}: the issues column the field reads, when it is one; {@code sort}: the SQL expression ORDER BY uses
     * (with the join it needs), null when the field cannot be sorted; {@code history}: the issue_changes field name
     * WAS and CHANGED read, null when they are not supported.
     */
    record Field(String name, List<String> aliases, Kind kind, Set<Operator> operators, String column, String sortJoin,
            String sort, String history, String description, String label) {

        Field(String name, List<String> aliases, Kind kind, Set<Operator> operators, String column, String sortJoin,
                String sort, String history, String description) {
            this(name, aliases, kind, operators, column, sortJoin, sort, history, description, name);
        }

        boolean sortable() {
            return sort != null;
        }

        /** The field as the query named it: messages echo the user's word ("type"), not ours ("issuetype"). */
        Field as(String typed) {
            return new Field(name, aliases, kind, operators, column, sortJoin, sort, history, description, typed);
        }
    }

    static final List<Field> ALL = List.of(
            new Field("project", List.of(), Kind.PROJECT, EQUALITY, "project_id",
                    "join projects o_p on o_p.id = i.project_id", "o_p.key", null, "The issue's project, by key, name or id"),
            new Field("key", List.of("issuekey", "issue", "id"), Kind.KEY, ORDERED, null,
                    "join projects o_k on o_k.id = i.project_id", "o_k.key, i.number", null, "The issue key, e.g. HADOOP-42"),
            new Field("parent", List.of(), Kind.PARENT, EQUALITY, "parent_id", null, null, null, "The parent issue's key"),
            new Field("issuetype", List.of("type"), Kind.TYPE, EQUALITY, "type_id",
                    "join issue_types o_t on o_t.id = i.type_id", "o_t.position", null, "Bug, Task, Story, Epic…"),
            new Field("status", List.of(), Kind.STATUS, EQUALITY, "status_id",
                    "join statuses o_s on o_s.id = i.status_id", "o_s.position", "status", "A workflow status"),
            new Field("statusCategory", List.of(), Kind.STATUS_CATEGORY, EQUALITY, "status_id", null, null, null,
                    "To Do, In Progress or Done"),
            new Field("priority", List.of(), Kind.PRIORITY, ORDERED, "priority_id",
                    "left join priorities o_pr on o_pr.id = i.priority_id", "-o_pr.position", "priority",
                    "Blocker, Critical, Major…; compare with < and >"),
            new Field("assignee", List.of(), Kind.USER, EQUALITY, "assignee_id",
                    "left join users o_a on o_a.id = i.assignee_id", "lower(o_a.display_name)", "assignee", "Email or name"),
            new Field("reporter", List.of(), Kind.USER, EQUALITY, "reporter_id",
                    "left join users o_r on o_r.id = i.reporter_id", "lower(o_r.display_name)", "reporter", "Email or name"),
            new Field("creator", List.of(), Kind.USER, EQUALITY, "creator_id",
                    "left join users o_c on o_c.id = i.creator_id", "lower(o_c.display_name)", null, "Email or name"),
            new Field("resolution", List.of(), Kind.RESOLUTION, EQUALITY, "resolution_id",
                    "left join resolutions o_res on o_res.id = i.resolution_id", "o_res.position", "resolution",
                    "Fixed, Won't Fix…, or Unresolved"),
            new Field("watcher", List.of("watchers"), Kind.WATCHER, EQUALITY, null, null, null, null, "A watcher's email or name"),
            new Field("labels", List.of("label"), Kind.LABELS, EQUALITY, null, null, null, null, "Labels, case-sensitive"),
            new Field("component", List.of("components"), Kind.COMPONENT, EQUALITY, null, null, null, null, "A component name"),
            new Field("fixVersion", List.of("fixVersions"), Kind.FIX_VERSION, EQUALITY, null, null, null, null, "A version name"),
            new Field("affectedVersion", List.of("affectedVersions", "affectsVersion"), Kind.AFFECTED_VERSION, EQUALITY, null,
                    null, null, null, "A version name"),
            new Field("summary", List.of(), Kind.TEXT, TEXTUAL, "summary", null, "lower(i.summary)", null, "Words in the summary"),
            new Field("description", List.of(), Kind.TEXT, TEXTUAL, "description", null, null, null, "Words in the description"),
            new Field("comment", List.of(), Kind.TEXT, TEXTUAL, null, null, null, null, "Words in any comment"),
            new Field("text", List.of(), Kind.TEXT, EnumSet.of(LIKE, NOT_LIKE), null, null, null, null,
                    "Words in summary, description or comments"),
            new Field("created", List.of("createdDate"), Kind.TIMESTAMP, ORDERED, "created_at", null, "i.created_at", null,
                    "When the issue was created"),
            new Field("updated", List.of("updatedDate"), Kind.TIMESTAMP, ORDERED, "updated_at", null, "i.updated_at", null,
                    "When the issue last changed"),
            new Field("resolved", List.of("resolutionDate"), Kind.TIMESTAMP, ORDERED, "resolved_at", null, "i.resolved_at", null,
                    "When the issue was resolved"),
            new Field("due", List.of("duedate"), Kind.DAY, ORDERED, "due_date", null, "i.due_date", null, "The due date"),
            new Field("Story Points", List.of("storyPoints"), Kind.NUMBER, ORDERED, "story_points", null, "i.story_points", null,
                    "The estimate in story points"),
            new Field("originalEstimate", List.of("timeOriginalEstimate"), Kind.DURATION, ORDERED, "original_estimate_seconds",
                    null, "i.original_estimate_seconds", null, "The original estimate, e.g. 2d or \"1w 2d\""),
            new Field("remainingEstimate", List.of("timeEstimate"), Kind.DURATION, ORDERED, "remaining_estimate_seconds",
                    null, "i.remaining_estimate_seconds", null, "The remaining estimate, e.g. 4h"),
            new Field("timeSpent", List.of(), Kind.DURATION, ORDERED, "time_spent_seconds", null, "i.time_spent_seconds", null,
                    "The work logged, e.g. 30m"),
            new Field("sprint", List.of(), Kind.SPRINT, EQUALITY, null, null, null, null,
                    "A sprint, by id or name; openSprints(), closedSprints(), futureSprints()"),
            new Field("rank", List.of(), Kind.RANK, EnumSet.noneOf(Operator.class), null, null, "i.rank", null,
                    "The backlog order; for ORDER BY only"));

    private static final Map<String, Field> BY_NAME = new LinkedHashMap<>();

    static {
        for (var f : ALL) {
            BY_NAME.put(f.name().toLowerCase(Locale.ROOT), f);
            f.aliases().forEach(a -> BY_NAME.put(a.toLowerCase(Locale.ROOT), f));
        }
    }

    private Fields() {
    }

    static Optional<Field> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    static Field require(Jql.Field field) {
        return find(field.name()).map(f -> f.as(field.name())).orElseThrow(() -> JqlSyntax.error(
                "Field '" + field.name() + "' does not exist or you do not have permission to view it.", field.pos()));
    }
}
