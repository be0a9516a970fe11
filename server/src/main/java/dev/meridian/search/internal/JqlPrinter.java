package dev.meridian.search.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Tree to text, quoting only where the parser needs it, so that printing then parsing gives the same tree. */
final class JqlPrinter {

    private static final Pattern BARE = Pattern.compile("[\\p{L}\\p{N}_\\-.@/:*+]+");

    private JqlPrinter() {
    }

    static String print(Jql.Query query) {
        var out = new StringBuilder();
        if (query.where() != null) {
            out.append(clause(query.where(), 0));
        }
        if (!query.orderBy().isEmpty()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append("ORDER BY ").append(query.orderBy().stream().map(k -> word(k.field().name())
                    + (k.descending() == null ? "" : k.descending() ? " DESC" : " ASC")).collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    /**
     * {@code outer}: 0 at the top, 1 inside OR, 2 inside AND, 3 under NOT. A nested AND in an AND (or OR in an OR)
     * keeps its parentheses, so that the tree read back has the same shape.
     */
    private static String clause(Jql.Clause clause, int outer) {
        if (clause instanceof Jql.Or or) {
            return group(or.clauses().stream().map(c -> clause(c, 1)).collect(Collectors.joining(" OR ")), outer >= 1);
        }
        if (clause instanceof Jql.And and) {
            return group(and.clauses().stream().map(c -> clause(c, 2)).collect(Collectors.joining(" AND ")), outer >= 2);
        }
        if (clause instanceof Jql.Not not) {
            return "NOT " + clause(not.clause(), 3);
        }
        if (clause instanceof Jql.Terminal t) {
            return word(t.field().name()) + " " + t.operator().text.toUpperCase(Locale.ROOT) + " " + operand(t.operand());
        }
        var h = (Jql.History) clause;
        return word(h.field().name()) + " " + h.operator().text.toUpperCase(Locale.ROOT)
                + (h.operand() == null ? "" : " " + operand(h.operand()))
                + h.predicates().stream().map(p -> " " + p.kind() + " " + operand(p.operand())).collect(Collectors.joining());
    }

    private static String group(String text, boolean parenthesize) {
        return parenthesize ? "(" + text + ")" : text;
    }

    static String operand(Jql.Operand operand) {
        if (operand instanceof Jql.Value v) {
            return word(v.text());
        }
        if (operand instanceof Jql.ValueList l) {
            return "(" + l.items().stream().map(JqlPrinter::operand).collect(Collectors.joining(", ")) + ")";
        }
        if (operand instanceof Jql.Function f) {
            return f.name() + "(" + f.arguments().stream().map(JqlPrinter::word).collect(Collectors.joining(", ")) + ")";
        }
        return "EMPTY";
    }

    /** A word as it must be written: bare when the lexer would read it back as one word, else double-quoted. */
    static String word(String text) {
        if (BARE.matcher(text).matches() && !JqlSyntax.RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
