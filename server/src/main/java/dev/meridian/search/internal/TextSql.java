package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.search.internal.Jql.Operator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code ~} and {@code !~} on summary, description, comments or all three, through the text-search indexes. */
final class TextSql {

    // Stored tsvector columns of issues with GIN indexes (V10, V12); a query's words are stemmed with the same
    // 'english' configuration. comment_words holds all of an issue's comments (kept by a trigger on comments).
    private static final List<String> TEXT = List.of("i.summary_words", "i.description_words", "i.comment_words");
    // The pairs of lexemes at adjacent positions in each of them, prefixed by the column ("s:race condit"), with its GIN
    // index (V60): the candidates of a phrase, and its exact answer when it is two adjacent words.
    private static final String PAIRS = "i.word_pairs";
    private static final List<String> PARTS = List.of("s", "d", "c");

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
        var from = switch (field.name()) {
            case "summary" -> 0;
            case "description" -> 1;
            case "comment" -> 2;
            default -> -1;
        };
        var columns = from < 0 ? TEXT : TEXT.subList(from, from + 1);
        var parts = from < 0 ? PARTS : PARTS.subList(from, from + 1);
        // An OR of the columns becomes one BitmapOr over their indexes. Placeholders are added in the order they appear.
        var match = query.indexed() == null ? null : pairedPhrases(query, columns, parts);
        if (query.indexed() == null) {
            match = anyColumn(columns, "%s @@ %s", query);
        } else if (match == null) {
            // The index finds the rows holding the phrase's words; the phrase is then checked on those rows alone, after
            // the cheaper conditions (ts_match_vq is @@ without its index: PostgreSQL would otherwise make the phrase an
            // index condition and recheck it on every candidate, in every project)
            match = "(" + anyColumn(columns, "%s @@ %s", query.indexed()) + " and " + anyColumn(columns, "ts_match_vq(%s, %s)", query) + ")";
        }
        return op == Operator.LIKE ? match : "not " + match;
    }

    /**
     * The query's phrases through the word-pair index, or null when no phrase has two adjacent words (a phrase of one
     * word, or whose words are all apart: "out of memory" is out <2> memori). A query of nothing but two-word phrases is
     * answered by the index alone; otherwise the pairs narrow the rows down and ts_match_vq decides, as without them.
     */
    private String pairedPhrases(TextQuery.Compiled query, List<String> columns, List<String> parts) {
        var pairs = new LinkedHashSet<String>();
        var exact = query.onlyPhrases();
        for (var phrase : query.phrases()) {
            var lexemes = compiler.vocabulary().lexemes(phrase);
            var found = adjacentPairs(lexemes);
            pairs.addAll(found);
            exact &= lexemes.size() == 2 && found.size() == 1;
        }
        if (pairs.isEmpty()) {
            return null;
        }
        String candidates;
        if (pairs.size() == 1) {
            // One pair in any of the columns: one scan of the index.
            var pair = pairs.iterator().next();
            candidates = PAIRS + " && " + compiler.param(parts.stream().map(part -> part + ":" + pair).toArray(String[]::new)) + "::text[]";
        } else {
            // Every pair in the same column.
            var each = new ArrayList<String>();
            for (var part : parts) {
                each.add(PAIRS + " @> " + compiler.param(pairs.stream().map(pair -> part + ":" + pair).toArray(String[]::new)) + "::text[]");
            }
            candidates = "(" + String.join(" or ", each) + ")";
        }
        if (exact) {
            return candidates;
        }
        return "(" + candidates + " and " + anyColumn(columns, "%s @@ %s", query.indexed()) + " and "
                + anyColumn(columns, "ts_match_vq(%s, %s)", query) + ")";
    }

    /** "a b" for each word a directly followed by a word b: what word_pairs (V60) keeps of a stored tsvector. */
    static Set<String> adjacentPairs(List<Vocabulary.Lexeme> lexemes) {
        var pairs = new LinkedHashSet<String>();
        for (var a : lexemes) {
            for (var b : lexemes) {
                if (b.position() == a.position() + 1) {
                    pairs.add(a.lexeme() + " " + b.lexeme());
                }
            }
        }
        return pairs;
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
