package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.search.internal.Jql.Operator;
import java.util.ArrayList;
import java.util.List;

/** {@code ~} and {@code !~} on summary, description, comments or all three, through the text-search indexes. */
final class TextSql {

    private static final String SUMMARY = "to_tsvector('english', %s.summary)";
    private static final String DESCRIPTION = "to_tsvector('english', coalesce(%s.description, ''))";
    private static final String COMMENTS = "select c.issue_id from comments c where to_tsvector('english', c.body) @@ ";

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
        var match = switch (field.name()) {
            case "summary" -> SUMMARY.formatted("i") + " @@ " + tsquery(query);
            case "description" -> DESCRIPTION.formatted("i") + " @@ " + tsquery(query);
            case "comment" -> "i.id in (" + COMMENTS + tsquery(query) + ")";
            // One index scan per source, unioned: an OR across them would make PostgreSQL read every issue.
            default -> "i.id in (select x.id from issues x where " + SUMMARY.formatted("x") + " @@ " + tsquery(query)
                    + " union select x.id from issues x where " + DESCRIPTION.formatted("x") + " @@ " + tsquery(query)
                    + " union " + COMMENTS + tsquery(query) + ")";
        };
        return op == Operator.LIKE ? match : "not (" + match + ")";
    }

    private String tsquery(TextQuery.Compiled query) {
        List<Object> values = new ArrayList<>(query.params());
        values.forEach(compiler::param);
        return query.sql();
    }
}
