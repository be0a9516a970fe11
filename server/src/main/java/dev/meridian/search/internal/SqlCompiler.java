package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.search.internal.Fields.Kind;
import dev.meridian.search.internal.Jql.Operator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JQL tree to a parameterized SQL condition on {@code issues i} and an ORDER BY. Values become parameters in the
 * order their placeholders appear; no text of the query is ever part of the SQL.
 */
final class SqlCompiler {

    /** {@code words}: the condition searches words, whose number of matches PostgreSQL can badly overestimate. */
    record Compiled(String where, List<Object> params, String joins, String orderBy, boolean words) {
    }

    static final String DEFAULT_ORDER = "i.created_at desc, i.id desc";
    private static final Set<String> NEVER_EMPTY = Set.of("project", "key", "issuetype", "status", "summary", "created", "updated", "rank");
    private static final Fields.Field BY = new Fields.Field("by", List.of(), Kind.USER, Set.of(), null, null, null, null, "");

    private final Operands operands;
    private final List<Object> params = new ArrayList<>();
    private boolean words;

    SqlCompiler(Operands operands) {
        this.operands = operands;
    }

    Vocabulary vocabulary() {
        return operands.vocabulary();
    }

    Compiled compile(Jql.Query query) {
        var where = query.where() == null ? "true" : clause(query.where());
        var joins = new LinkedHashSet<String>();
        var order = new ArrayList<String>();
        for (var key : query.orderBy()) {
            var field = Fields.require(key.field());
            if (!field.sortable()) {
                throw error("Field '" + field.label() + "' cannot be used in ORDER BY.", key.field().pos());
            }
            if (field.sortJoin() != null) {
                joins.add(field.sortJoin());
            }
            var direction = Boolean.TRUE.equals(key.descending()) ? " desc" : " asc";
            var nulls = NEVER_EMPTY.contains(field.name()) ? "" : " nulls last";
            for (var part : field.sort().split(", ")) {
                order.add(part + direction + nulls);
            }
        }
        order.add(query.orderBy().isEmpty() ? DEFAULT_ORDER : "i.id desc");
        return new Compiled(where, List.copyOf(params), String.join(" ", joins), String.join(", ", order), words);
    }

    private String clause(Jql.Clause clause) {
        if (clause instanceof Jql.And and) {
            return and.clauses().stream().map(this::clause).collect(Collectors.joining(" and ", "(", ")"));
        }
        if (clause instanceof Jql.Or or) {
            return or.clauses().stream().map(this::clause).collect(Collectors.joining(" or ", "(", ")"));
        }
        if (clause instanceof Jql.Not not) {
            var pushed = negated(not.clause());
            return pushed != null ? clause(pushed) : "not coalesce(" + clause(not.clause()) + ", false)";
        }
        if (clause instanceof Jql.History history) {
            return new HistorySql(this, history).sql();
        }
        return terminal((Jql.Terminal) clause);
    }

    /**
     * NOT pushed down to the operators, as Jira does: {@code NOT assignee = bob} is {@code assignee != bob}, which
     * leaves unassigned issues out. Null for CHANGED, which has no opposite operator.
     */
    private static Jql.Clause negated(Jql.Clause clause) {
        if (clause instanceof Jql.Not not) {
            return not.clause();
        }
        if (clause instanceof Jql.And and) {
            return new Jql.Or(and.clauses().stream().map(SqlCompiler::negatedOrNot).toList());
        }
        if (clause instanceof Jql.Or or) {
            return new Jql.And(or.clauses().stream().map(SqlCompiler::negatedOrNot).toList());
        }
        if (clause instanceof Jql.Terminal t) {
            var field = Fields.require(t.field());
            if (!field.operators().contains(t.operator())) {
                throw error("The operator '" + t.operator().text + "' is not supported by the '" + field.label() + "' field.",
                        t.operatorPos());
            }
            return new Jql.Terminal(t.field(), opposite(t.operator()), t.operand(), t.operatorPos());
        }
        var h = (Jql.History) clause;
        var op = switch (h.operator()) {
            case WAS -> Jql.HistoryOperator.WAS_NOT;
            case WAS_NOT -> Jql.HistoryOperator.WAS;
            case WAS_IN -> Jql.HistoryOperator.WAS_NOT_IN;
            case WAS_NOT_IN -> Jql.HistoryOperator.WAS_IN;
            case CHANGED -> null;
        };
        return op == null ? null : new Jql.History(h.field(), op, h.operand(), h.predicates(), h.operatorPos());
    }

    private static Jql.Clause negatedOrNot(Jql.Clause clause) {
        var pushed = negated(clause);
        return pushed != null ? pushed : new Jql.Not(clause);
    }

    private static Operator opposite(Operator op) {
        return switch (op) {
            case EQUALS -> Operator.NOT_EQUALS;
            case NOT_EQUALS -> Operator.EQUALS;
            case IN -> Operator.NOT_IN;
            case NOT_IN -> Operator.IN;
            case IS -> Operator.IS_NOT;
            case IS_NOT -> Operator.IS;
            case LIKE -> Operator.NOT_LIKE;
            case NOT_LIKE -> Operator.LIKE;
            case LESS -> Operator.GREATER_OR_EQUAL;
            case GREATER_OR_EQUAL -> Operator.LESS;
            case GREATER -> Operator.LESS_OR_EQUAL;
            case LESS_OR_EQUAL -> Operator.GREATER;
        };
    }

    private String terminal(Jql.Terminal t) {
        var field = Fields.require(t.field());
        var op = t.operator();
        if (!field.operators().contains(op)) {
            throw error("The operator '" + op.text + "' is not supported by the '" + field.label() + "' field.", t.operatorPos());
        }
        checkShape(op, t.operand(), t.operatorPos());
        return switch (field.kind()) {
            case TEXT -> {
                words = true;
                yield new TextSql(this, field).sql(op, t.operand());
            }
            case LABELS -> labels(op, t.operand(), field);
            case TIMESTAMP, DAY, NUMBER, DURATION -> scalar(op, t.operand(), field);
            case COMPONENT, FIX_VERSION, AFFECTED_VERSION, WATCHER, SPRINT -> related(op, t.operand(), field);
            case KEY -> key(op, t.operand(), field);
            default -> isOrdering(op) ? priorityRank(op, t.operand(), field) : column("i." + field.column(), op, t.operand(), field);
        };
    }

    static void checkShape(Operator op, Jql.Operand operand, Jql.Pos at) {
        boolean isEmpty = operand instanceof Jql.Empty;
        if ((op == Operator.IS || op == Operator.IS_NOT) && !isEmpty) {
            throw error("The operator '" + op.text + "' only supports EMPTY or NULL; use '=' or 'in' for values.", at);
        }
        if (operand instanceof Jql.ValueList && op != Operator.IN && op != Operator.NOT_IN) {
            throw error("The operator '" + op.text + "' does not support a list of values; use 'in' or 'not in'.", at);
        }
    }

    private static boolean isOrdering(Operator op) {
        return op == Operator.LESS || op == Operator.GREATER || op == Operator.LESS_OR_EQUAL || op == Operator.GREATER_OR_EQUAL;
    }

    /** A column holding one id: the field's value is one of the ids, or (EMPTY) none. */
    String column(String col, Operator op, Jql.Operand operand, Fields.Field field) {
        if (op == Operator.IS) {
            return col + " is null";
        }
        if (op == Operator.IS_NOT) {
            return col + " is not null";
        }
        return idMatch(col, operands.ids(field, operand), op == Operator.NOT_EQUALS || op == Operator.NOT_IN);
    }

    /** {@code col} among the ids (or empty, when the operand said EMPTY); negated, a value other than those, never empty. */
    String idMatch(String col, Operands.Resolved<Long> ids, boolean negated) {
        if (negated) {
            return ids.values().isEmpty() ? col + " is not null" : "(" + col + " is not null and " + col + " <> all(" + param(ids.values().toArray(Long[]::new)) + "))";
        }
        var parts = new ArrayList<String>();
        // One value is "= ?", not "= any(?)": PostgreSQL then walks an index such as (project_id, created_at) in the
        // order asked for, instead of the whole created-date index (a project's WAS: 300 ms to 2 ms at 1,000,000 issues).
        if (ids.values().size() == 1) {
            parts.add(col + " = " + param(ids.values().get(0)));
        } else if (!ids.values().isEmpty()) {
            parts.add(col + " = any(" + param(ids.values().toArray(Long[]::new)) + ")");
        }
        if (ids.empty()) {
            parts.add(col + " is null");
        }
        return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
    }

    private String priorityRank(Operator op, Jql.Operand operand, Fields.Field field) {
        var value = single(operand, field, op);
        if (operands.ids(field, value).values().isEmpty()) {
            throw operands.unknownValue(field, value);
        }
        var ranked = operands.vocabulary().prioritiesRanked(value.text(), op.text);
        return ranked.isEmpty() ? "false" : "i.priority_id = any(" + param(ranked.toArray(Long[]::new)) + ")";
    }

    private String key(Operator op, Jql.Operand operand, Fields.Field field) {
        if (op == Operator.IS) {
            return "false";
        }
        if (op == Operator.IS_NOT) {
            return "true";
        }
        if (isOrdering(op)) {
            var value = single(operand, field, op);
            var issue = operands.vocabulary().visible().issue(value.text());
            if (issue.isEmpty()) {
                throw operands.unknownValue(field, value);
            }
            return "(i.project_id = " + param(issue.get(0).projectId()) + " and i.number " + op.text + " " + param(issue.get(0).number()) + ")";
        }
        return column("i.id", op, operand, field);
    }

    private Jql.Value single(Jql.Operand operand, Fields.Field field, Operator op) {
        if (operand instanceof Jql.Value v) {
            return v;
        }
        throw error("The operator '" + op.text + "' needs a single value for the field '" + field.label() + "'.", operand.pos());
    }

    private String labels(Operator op, Jql.Operand operand, Fields.Field field) {
        if (op == Operator.IS) {
            return "cardinality(i.labels) = 0";
        }
        if (op == Operator.IS_NOT) {
            return "cardinality(i.labels) > 0";
        }
        var labels = operands.strings(field, operand);
        var values = param(labels.values().toArray(String[]::new));
        if (op == Operator.NOT_EQUALS || op == Operator.NOT_IN) {
            return "(cardinality(i.labels) > 0 and not i.labels && " + values + "::text[])";
        }
        return "(i.labels && " + values + "::text[]" + (labels.empty() ? " or cardinality(i.labels) = 0" : "") + ")";
    }

    /** Dates, days, numbers and durations: SQL's comparison already leaves empty fields out of = != < >, as Jira does. */
    private String scalar(Operator op, Jql.Operand operand, Fields.Field field) {
        var col = "i." + field.column();
        if (op == Operator.IS) {
            return col + " is null";
        }
        if (op == Operator.IS_NOT) {
            return col + " is not null";
        }
        Operands.Resolved<?> resolved = switch (field.kind()) {
            case NUMBER -> operands.numbers(field, operand);
            case DURATION -> operands.durations(field, operand);
            default -> dated(field, operand);
        };
        var values = resolved.values().stream().map(this::param).toList();
        if (op == Operator.IN || op == Operator.NOT_IN) {
            var in = values.isEmpty() ? null : col + (op == Operator.IN ? " in (" : " not in (") + String.join(", ", values) + ")";
            if (op == Operator.NOT_IN) {
                return in == null ? col + " is not null" : in;
            }
            var parts = new ArrayList<String>();
            if (in != null) {
                parts.add(in);
            }
            if (resolved.empty()) {
                parts.add(col + " is null");
            }
            return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
        }
        if (resolved.empty()) {
            return col + (op == Operator.EQUALS ? " is null" : " is not null");
        }
        var sqlOp = op == Operator.NOT_EQUALS ? "<>" : op.text;
        return col + " " + sqlOp + " " + values.get(0);
    }

    private Operands.Resolved<Object> dated(Fields.Field field, Jql.Operand operand) {
        var instants = operands.instants(field, operand);
        var values = instants.values().stream()
                .map(at -> field.kind() == Kind.DAY ? (Object) JqlDates.day(at) : (Object) timestamp(at)).toList();
        return new Operands.Resolved<>(values, instants.empty());
    }

    /** Versions, components and watchers live in tables of their own: one issue may have many. */
    private String related(Operator op, Jql.Operand operand, Fields.Field field) {
        var any = switch (field.kind()) {
            case COMPONENT -> "select 1 from issue_components x where x.issue_id = i.id";
            case FIX_VERSION -> "select 1 from issue_versions x where x.issue_id = i.id and x.kind = 'fix'";
            case AFFECTED_VERSION -> "select 1 from issue_versions x where x.issue_id = i.id and x.kind = 'affects'";
            case SPRINT -> "select 1 from sprint_issues x where x.issue_id = i.id";
            default -> "select 1 from watchers x where x.issue_id = i.id";
        };
        var column = switch (field.kind()) {
            case COMPONENT -> "x.component_id";
            case WATCHER -> "x.user_id";
            case SPRINT -> "x.sprint_id";
            default -> "x.version_id";
        };
        if (op == Operator.IS) {
            return "not exists (" + any + ")";
        }
        if (op == Operator.IS_NOT) {
            return "exists (" + any + ")";
        }
        var ids = operands.ids(field, operand);
        var matching = "exists (" + any + " and " + column + " = any(" + param(ids.values().toArray(Long[]::new)) + "))";
        if (op == Operator.NOT_EQUALS || op == Operator.NOT_IN) {
            return "(exists (" + any + ") and not " + matching + ")";
        }
        return ids.empty() ? "(" + matching + " or not exists (" + any + "))" : matching;
    }

    Operands operands() {
        return operands;
    }

    Fields.Field byField() {
        return BY;
    }

    /** Adds a parameter and returns its placeholder. */
    String param(Object value) {
        params.add(value instanceof Instant at ? timestamp(at) : value);
        return "?";
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
