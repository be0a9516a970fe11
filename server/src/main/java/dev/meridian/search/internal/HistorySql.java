package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.search.internal.Jql.HistoryOperator;
import dev.meridian.search.internal.Jql.PredicateKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * WAS and CHANGED, answered from issue_changes. For WAS, each change row gives the interval in which its old value
 * held (from the change before it, or creation, until it); the current value holds from the last change on.
 */
final class HistorySql {

    private final SqlCompiler compiler;
    private final Jql.History clause;
    private final Fields.Field field;
    private final StringBuilder sql = new StringBuilder();

    HistorySql(SqlCompiler compiler, Jql.History clause) {
        this.compiler = compiler;
        this.clause = clause;
        this.field = Fields.require(clause.field());
        if (field.history() == null) {
            throw error("History searches (WAS, CHANGED) are supported for assignee, priority, reporter, resolution and status, not '"
                    + field.label() + "'.", clause.operatorPos());
        }
    }

    String sql() {
        return clause.operator() == HistoryOperator.CHANGED ? changed() : was();
    }

    private String changed() {
        sql.append("exists (select 1 from issue_changes c where c.issue_id = i.id and c.field = ").append(compiler.param(field.history()));
        for (var p : clause.predicates()) {
            switch (p.kind()) {
                case FROM -> sql.append(" and ").append(compiler.idMatch("c.from_id", ids(p.operand()), false));
                case TO -> sql.append(" and ").append(compiler.idMatch("c.to_id", ids(p.operand()), false));
                case BY -> sql.append(" and ").append(compiler.idMatch("c.actor_id", users(p.operand()), false));
                case AFTER -> sql.append(" and c.at > ").append(compiler.param(date(p.operand())));
                case BEFORE -> sql.append(" and c.at < ").append(compiler.param(date(p.operand())));
                case ON -> {
                    var day = date(p.operand()).truncatedTo(ChronoUnit.DAYS);
                    sql.append(" and c.at >= ").append(compiler.param(day)).append(" and c.at < ")
                            .append(compiler.param(day.plus(1, ChronoUnit.DAYS)));
                }
                default -> {
                    var range = during(p.operand());
                    sql.append(" and c.at between ").append(compiler.param(range[0])).append(" and ").append(compiler.param(range[1]));
                }
            }
        }
        return sql.append(')').toString();
    }

    private String was() {
        SqlCompiler.checkShape(clause.operator() == HistoryOperator.WAS_IN || clause.operator() == HistoryOperator.WAS_NOT_IN
                ? Jql.Operator.IN : Jql.Operator.EQUALS, clause.operand(), clause.operatorPos());
        boolean negated = clause.operator() == HistoryOperator.WAS_NOT || clause.operator() == HistoryOperator.WAS_NOT_IN;
        var held = held();
        if (clause.predicates().isEmpty()) {
            return negated ? "not " + held : held;
        }
        // The intervals are computed only for the issues that ever held the value (one hashed subplan, not a window per issue).
        sql.append(negated ? "not (" : "(").append(held).append(" and exists (select 1 from (")
                .append("select c.from_id as v, coalesce(lag(c.at) over w, i.created_at) as since, c.at as until, ")
                .append("coalesce(lag(c.actor_id) over w, i.creator_id) as by_id from issue_changes c ")
                .append("where c.issue_id = i.id and c.field = ").append(compiler.param(field.history()))
                .append(" window w as (order by c.at, c.id) union all ")
                .append("select i.").append(field.column()).append(", coalesce(l.at, i.created_at), null, coalesce(l.actor_id, i.creator_id) ")
                .append("from (select 1) one left join lateral (select c.at, c.actor_id from issue_changes c where c.issue_id = i.id ")
                .append("and c.field = ").append(compiler.param(field.history())).append(" order by c.at desc, c.id desc limit 1) l on true")
                .append(") h where ").append(compiler.idMatch("h.v", ids(clause.operand()), false));
        for (var p : clause.predicates()) {
            switch (p.kind()) {
                case AFTER -> sql.append(" and (h.until is null or h.until > ").append(compiler.param(date(p.operand()))).append(')');
                case BEFORE -> sql.append(" and h.since < ").append(compiler.param(date(p.operand())));
                case ON -> {
                    var day = date(p.operand()).truncatedTo(ChronoUnit.DAYS);
                    sql.append(" and h.since < ").append(compiler.param(day.plus(1, ChronoUnit.DAYS)))
                            .append(" and (h.until is null or h.until > ").append(compiler.param(day)).append(')');
                }
                case DURING -> {
                    var range = during(p.operand());
                    sql.append(" and h.since <= ").append(compiler.param(range[1]))
                            .append(" and (h.until is null or h.until >= ").append(compiler.param(range[0])).append(')');
                }
                case BY -> sql.append(" and ").append(compiler.idMatch("h.by_id", users(p.operand()), false));
                default -> throw error("'" + p.kind() + "' can only be used with CHANGED; WAS takes AFTER, BEFORE, ON, DURING and BY.",
                        p.operand().pos());
            }
        }
        return sql.append("))").toString();
    }

    /**
     * Whether the issue ever held one of the values: it holds it now, or a change took it away. Every interval the full
     * check reads starts from one of these, so this is exact for WAS without predicates and a filter before it otherwise.
     * Never null, so that NOT keeps an issue whose field is empty.
     */
    private String held() {
        var values = ids(clause.operand());
        return "(coalesce(" + compiler.idMatch("i." + field.column(), values, false) + ", false) or i.id in (select c.issue_id "
                + "from issue_changes c where c.field = " + compiler.param(field.history()) + " and "
                + compiler.idMatch("c.from_id", values, false) + "))";
    }

    private Operands.Resolved<Long> ids(Jql.Operand operand) {
        return compiler.operands().ids(field, operand);
    }

    private Operands.Resolved<Long> users(Jql.Operand operand) {
        return compiler.operands().ids(compiler.byField(), operand);
    }

    private Instant date(Jql.Operand operand) {
        var instants = compiler.operands().instants(field, operand);
        if (instants.values().size() != 1 || instants.empty()) {
            throw error("Expecting one date here, such as \"2024/01/31\", \"-7d\" or startOfWeek().", operand.pos());
        }
        return instants.values().get(0);
    }

    private Instant[] during(Jql.Operand operand) {
        var instants = compiler.operands().instants(field, operand);
        if (!(operand instanceof Jql.ValueList) || instants.values().size() != 2 || instants.empty()) {
            throw error("DURING takes two dates in parentheses, such as DURING (\"2024/01/01\", \"2024/02/01\").", operand.pos());
        }
        return new Instant[] {instants.values().get(0), instants.values().get(1)};
    }
}
