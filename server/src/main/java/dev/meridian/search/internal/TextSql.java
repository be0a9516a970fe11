package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.search.internal.Jql.Operator;
import java.util.ArrayList;
import java.util.List;

/** {@code ~} and {@code !~} on summary, description, comments or all three, through the text-search indexes. */
final class TextSql {

    // Stored tsvector columns of issues with GIN indexes (V10, V12); a query's words are stemmed with the same
    // 'english' configuration. comment_words holds all of an issue's comments (kept by a trigger on comments).
    private static final List<String> TEXT = List.of("i.summary_words", "i.description_words", "i.comment_words");

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
        var columns = switch (field.name()) {
            case "summary" -> TEXT.subList(0, 1);
            case "description" -> TEXT.subList(1, 2);
            case "comment" -> TEXT.subList(2, 3);
            default -> TEXT;
        };
        // An OR of the columns becomes one BitmapOr over their indexes. Placeholders are added in the order they appear.
        String match;
        if (query.indexed() == null) {
            match = anyColumn(columns, "%s @@ %s", query);
        } else {
            // The index finds the rows holding the phrase's words; the phrase is then checked on those rows alone, after
            // the cheaper conditions (ts_match_vq is @@ without its index: PostgreSQL would otherwise make the phrase an
            // index condition and recheck it on every candidate, in every project)
            match = "(" + anyColumn(columns, "%s @@ %s", query.indexed()) + " and " + anyColumn(columns, "ts_match_vq(%s, %s)", query) + ")";
        }
        return op == Operator.LIKE ? match : "not " + match;
    }

    private String anyColumn(List<String> columns, String test, TextQuery.Compiled query) {
        var matches = new ArrayList<String>();
        for (var column : columns) {
            matches.add(test.formatted(column, tsquery(query)));
        }
        return "(" + String.join(" or ", matches) + ")";
    }

    private String tsquery(TextQuery.Compiled query) {
        List<Object> values = new ArrayList<>(query.params());
        values.forEach(compiler::param);
        return query.sql();
    }
}
