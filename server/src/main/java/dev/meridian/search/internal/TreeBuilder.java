package dev.meridian.search.internal;

import static dev.meridian.search.internal.JqlSyntax.error;

import dev.meridian.search.internal.Jql.HistoryOperator;
import dev.meridian.search.internal.Jql.Operator;
import dev.meridian.search.internal.Jql.PredicateKind;
import dev.meridian.search.internal.jql.JqlParser;
import dev.meridian.search.internal.jql.JqlParser.ClauseContext;
import dev.meridian.search.internal.jql.JqlParser.OperandContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** ANTLR's parse tree to {@link Jql}'s: unquotes strings, refuses unquoted reserved words. */
final class TreeBuilder {

    Jql.Query query(JqlParser.QueryContext ctx) {
        var where = ctx.orExpr() == null ? null : or(ctx.orExpr());
        var order = new ArrayList<Jql.SortKey>();
        if (ctx.orderBy() != null) {
            for (var key : ctx.orderBy().sortKey()) {
                order.add(new Jql.SortKey(field(key.field()), key.ASC() != null ? Boolean.FALSE : key.DESC() != null ? Boolean.TRUE : null));
            }
        }
        return new Jql.Query(where, List.copyOf(order));
    }

    private Jql.Clause or(JqlParser.OrExprContext ctx) {
        var parts = ctx.andExpr().stream().map(this::and).toList();
        return parts.size() == 1 ? parts.get(0) : new Jql.Or(parts);
    }

    private Jql.Clause and(JqlParser.AndExprContext ctx) {
        var parts = ctx.notExpr().stream().map(this::not).toList();
        return parts.size() == 1 ? parts.get(0) : new Jql.And(parts);
    }

    private Jql.Clause not(JqlParser.NotExprContext ctx) {
        if (ctx.NOT() != null) {
            return new Jql.Not(not(ctx.notExpr()));
        }
        return ctx.orExpr() != null ? or(ctx.orExpr()) : clause(ctx.clause());
    }

    private Jql.Clause clause(ClauseContext ctx) {
        var field = field(ctx.field());
        if (ctx.compareOp() != null) {
            return new Jql.Terminal(field, compare(ctx.compareOp().getStart()), operand(ctx.operand()), pos(ctx.compareOp().getStart()));
        }
        if (ctx.IS() != null) {
            return new Jql.Terminal(field, ctx.NOT() == null ? Operator.IS : Operator.IS_NOT, operand(ctx.operand()), pos(ctx.IS()));
        }
        if (ctx.IN() != null && ctx.WAS() == null) {
            var at = ctx.NOT() != null ? ctx.NOT().getSymbol() : ctx.IN().getSymbol();
            return new Jql.Terminal(field, ctx.NOT() == null ? Operator.IN : Operator.NOT_IN, operand(ctx.operand()), pos(at));
        }
        if (ctx.WAS() != null) {
            var op = ctx.NOT() == null
                    ? (ctx.IN() == null ? HistoryOperator.WAS : HistoryOperator.WAS_IN)
                    : (ctx.IN() == null ? HistoryOperator.WAS_NOT : HistoryOperator.WAS_NOT_IN);
            var predicates = ctx.wasPredicate().stream().map(this::predicate).toList();
            return new Jql.History(field, op, operand(ctx.operand()), predicates, pos(ctx.WAS()));
        }
        var predicates = new ArrayList<Jql.Predicate>();
        for (var p : ctx.changePredicate()) {
            predicates.add(p.wasPredicate() != null ? predicate(p.wasPredicate())
                    : new Jql.Predicate(p.FROM() != null ? PredicateKind.FROM : PredicateKind.TO, operand(p.operand())));
        }
        return new Jql.History(field, HistoryOperator.CHANGED, null, List.copyOf(predicates), pos(ctx.CHANGED()));
    }

    private Jql.Predicate predicate(JqlParser.WasPredicateContext ctx) {
        var kind = PredicateKind.valueOf(ctx.getStart().getText().toUpperCase(Locale.ROOT));
        return new Jql.Predicate(kind, operand(ctx.operand()));
    }

    private Jql.Operand operand(OperandContext ctx) {
        if (ctx.EMPTY() != null || ctx.NULL() != null) {
            return new Jql.Empty(pos(ctx.getStart()));
        }
        if (ctx.value() != null) {
            return value(ctx.value().getStart());
        }
        if (ctx.function() != null) {
            var f = ctx.function();
            var name = f.WORD().getSymbol();
            var args = f.argument().stream().map(a -> text(a.getStart())).toList();
            return new Jql.Function(name.getText(), args, pos(name));
        }
        return new Jql.ValueList(ctx.list().operand().stream().map(this::operand).toList(), pos(ctx.getStart()));
    }

    private Jql.Value value(Token token) {
        return new Jql.Value(text(token), pos(token));
    }

    private Jql.Field field(JqlParser.FieldContext ctx) {
        var token = ctx.getStart();
        return new Jql.Field(text(token), pos(token));
    }

    private static String text(Token token) {
        if (token.getType() == JqlParser.QUOTED) {
            return unquote(token);
        }
        if (JqlSyntax.RESERVED.contains(token.getText().toLowerCase(Locale.ROOT))) {
            throw error(JqlSyntax.reserved(token.getText()), token);
        }
        return token.getText();
    }

    private static String unquote(Token token) {
        var raw = token.getText();
        var out = new StringBuilder(raw.length());
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case '"', '\'', '\\', ' ' -> out.append(next);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    var hex = i + 4 < raw.length() - 1 ? raw.substring(i + 1, i + 5) : "";
                    if (!hex.matches("[0-9a-fA-F]{4}")) {
                        throw escapeError(token, i - 1, "\\u" + hex);
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> throw escapeError(token, i - 1, "\\" + next);
            }
        }
        return out.toString();
    }

    /** Points at the backslash; a quoted string never spans lines, so its column is the token's plus the offset. */
    private static RuntimeException escapeError(Token token, int backslash, String escape) {
        int column = token.getCharPositionInLine() + 1 + token.getText().codePointCount(0, backslash);
        return new dev.meridian.search.JqlException("Error in the JQL Query: '" + escape + "' is an illegal JQL escape sequence. The valid escape sequences are "
                + "\\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.", token.getLine(), column);
    }

    private static Operator compare(Token token) {
        return switch (token.getType()) {
            case JqlParser.EQ -> Operator.EQUALS;
            case JqlParser.NEQ -> Operator.NOT_EQUALS;
            case JqlParser.LT -> Operator.LESS;
            case JqlParser.GT -> Operator.GREATER;
            case JqlParser.LTE -> Operator.LESS_OR_EQUAL;
            case JqlParser.GTE -> Operator.GREATER_OR_EQUAL;
            case JqlParser.LIKE -> Operator.LIKE;
            default -> Operator.NOT_LIKE;
        };
    }

    private static Jql.Pos pos(TerminalNode node) {
        return pos(node.getSymbol());
    }

    private static Jql.Pos pos(Token token) {
        return new Jql.Pos(token.getLine(), token.getCharPositionInLine() + 1);
    }
}
