package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.search.internal.Jql.Operator;
import java.util.ArrayList;
import java.util.List;

/** {@code ~} and {@code !~} on summary, description, comments or all three, through the text-search indexes. */
final class TextSql {

    // Stored tsvector columns with GIN indexes (V10); a query's words are stemmed with the same 'english' configuration.
    private static final String SUMMARY = "%s.summary_words";
    private static final String DESCRIPTION = "%s.description_words";
    private static final String COMMENTS = "select c.issue_id from comments c where c.body_words @@ ";

    private final SqlCompiler compiler;
    private final Fields.Field field;

    TextSql(SqlCompiler compiler, Fields.Field field) {
        this.compiler = compiler;
        this.field = field;
    }

    String sql(Operator op, Jql.Operand operand) {
        if (op == Operator.IS || op == Operator.IS_NOT) {
            var empty = switch (field.name()) {
                case "summary" -> "false";
                case "description" -> "coalesce(i.description, '') = ''";
                default -> "not exists (select 1 from comments c where c.issue_id = i.id)";
            };
            return op == Operator.IS ? empty : "not (" + empty + ")";
        }
        if (!(operand instanceof Jql.Value value)) {
            throw error("The field '" + field.label() + "' takes words to search for, in quotes, not "
                    + (operand instanceof Jql.Empty ? "EMPTY" : "a function") + "; use 'is empty' for empty fields.", operand.pos());
        }
        var query = TextQuery.compile(value.text()).orElseThrow(() -> error("The text query '" + value.text()
                + "' for field '" + field.label() + "' has no words to search for.", value.pos()));
        var direct = switch (field.name()) {
            case "summary" -> SUMMARY.formatted("i") + " @@ " + tsquery(query);
            case "description" -> DESCRIPTION.formatted("i") + " @@ " + tsquery(query);
            default -> null;
        };
        if (direct != null) {
            return op == Operator.LIKE ? direct : "not (" + direct + ")";
        }
        if (op == Operator.LIKE) {
            // One index scan per source, unioned: an OR across them would make PostgreSQL read every issue.
            var ids = field.name().equals("comment") ? COMMENTS + tsquery(query)
                    : "select x.id from issues x where " + SUMMARY.formatted("x") + " @@ " + tsquery(query)
                            + " union select x.id from issues x where " + DESCRIPTION.formatted("x") + " @@ " + tsquery(query)
                            + " union " + COMMENTS + tsquery(query);
            // The ids are gathered once into an array and fetched by primary key, where "in (subquery)" let the planner
            // hash-join against every visible issue.
            return "i.id = any(array(" + ids + "))";
        }
        // Non-matches are checked row by row (and an anti-join for comments), which needs no memory for the matches.
        // Placeholders are added in the order they appear in the text.
        var out = new StringBuilder("(");
        if (!field.name().equals("comment")) {
            out.append("not (").append(SUMMARY.formatted("i")).append(" @@ ").append(tsquery(query)).append(") and not (")
                    .append(DESCRIPTION.formatted("i")).append(" @@ ").append(tsquery(query)).append(") and ");
        }
        out.append("not exists (select 1 from comments c where c.issue_id = i.id and c.body_words @@ ").append(tsquery(query));
        return out.append("))").toString();
    }

    private String tsquery(TextQuery.Compiled query) {
        List<Object> values = new ArrayList<>(query.params());
        values.forEach(compiler::param);
        return query.sql();
    }
}
