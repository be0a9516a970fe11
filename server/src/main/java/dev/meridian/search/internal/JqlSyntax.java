package dev.meridian.search.internal;

import dev.meridian.search.JqlException;
import dev.meridian.search.internal.jql.JqlLexer;
import dev.meridian.search.internal.jql.JqlParser;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Text to tree: ANTLR parses, the first syntax error is reworded the way Jira words it, and the tree is built. */
final class JqlSyntax {

    /** Jira's reserved words: usable as values or field names only when quoted. */
    static final Set<String> RESERVED = Set.of("a", "an", "abort", "access", "add", "after", "alias", "all", "alter", "and",
            "any", "as", "asc", "audit", "avg", "before", "begin", "between", "boolean", "break", "by", "byte", "catch", "cf",
            "char", "character", "check", "checkpoint", "collate", "collation", "column", "commit", "connect", "continue",
            "count", "create", "current", "date", "decimal", "declare", "decrement", "default", "defaults", "define", "delete",
            "delimiter", "desc", "difference", "distinct", "divide", "do", "double", "drop", "else", "empty", "encoding",
            "end", "equals", "escape", "exclusive", "exec", "execute", "exists", "explain", "false", "fetch", "file", "field",
            "first", "float", "for", "from", "function", "go", "goto", "grant", "greater", "group", "having", "identified",
            "if", "immediate", "in", "increment", "index", "initial", "inner", "inout", "input", "insert", "int", "integer",
            "intersect", "intersection", "into", "is", "isempty", "isnull", "join", "last", "left", "less", "like", "limit",
            "lock", "long", "max", "min", "minus", "mode", "modify", "modulo", "more", "multiply", "next", "noaudit", "not",
            "notin", "nowait", "null", "number", "object", "of", "on", "option", "or", "order", "outer", "output", "power",
            "previous", "prior", "privileges", "public", "raise", "raw", "remainder", "rename", "resume", "return",
            "returns", "revoke", "right", "row", "rowid", "rownum", "rows", "select", "session", "set", "share", "size",
            "sqrt", "start", "strict", "string", "subtract", "sum", "synonym", "table", "then", "to", "trans",
            "transaction", "trigger", "true", "uid", "union", "unique", "update", "user", "validate", "values", "view",
            "was", "changed", "during", "when", "whenever", "where", "while", "with");

    static final String OPERATORS = "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS', 'IS NOT', "
            + "'WAS', 'WAS IN', 'WAS NOT', 'WAS NOT IN' and 'CHANGED'";

    private JqlSyntax() {
    }

    static Jql.Query parse(String text) {
        var lexer = new JqlLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        var parser = new JqlParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new FirstError());
        return new TreeBuilder().query(parser.query());
    }

    static JqlException error(String message, Token at) {
        return new JqlException(message, at.getLine(), at.getCharPositionInLine() + 1);
    }

    static JqlException error(String message, Jql.Pos at) {
        return new JqlException(message, at.line(), at.character());
    }

    static String found(Token token) {
        return token.getType() == Token.EOF ? "end of query" : "'" + token.getText() + "'";
    }

    static boolean isKeyword(Token token) {
        return token.getType() >= JqlLexer.AND && token.getType() <= JqlLexer.DESC
                && Character.isLetter(token.getText().charAt(0));
    }

    /** Throws at the first error: a query is short, and the first problem is the one to fix. */
    private static final class FirstError extends BaseErrorListener {

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int character, String msg,
                RecognitionException e) {
            var parser = (Parser) recognizer;
            var token = (Token) offending;
            var expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
            throw error(message(token, expected), token);
        }

        private static String message(Token token, IntervalSet expected) {
            if (token.getType() == JqlLexer.UNCLOSED) {
                return "Error in the JQL Query: The quoted string '" + token.getText().substring(1) + "' has not been completed.";
            }
            var got = found(token);
            if (expected.contains(JqlLexer.EQ)) {
                return "Error in the JQL Query: Expecting operator but got " + got + ". The valid operators are " + OPERATORS + ".";
            }
            if (expected.contains(JqlLexer.EMPTY)) {
                return "Error in the JQL Query: Expecting either a value, list or function but got " + got + ".";
            }
            if (expected.contains(JqlLexer.NOT) || expected.contains(JqlLexer.WORD) && !expected.contains(JqlLexer.RPAREN)) {
                return "Error in the JQL Query: Expecting a field name but got " + got + ".";
            }
            if (expected.size() == 1 && (expected.contains(JqlLexer.BY) || expected.contains(JqlLexer.IN))) {
                return "Error in the JQL Query: Expecting '" + (expected.contains(JqlLexer.BY) ? "BY" : "IN") + "' but got " + got + ".";
            }
            // After a whole clause only AND, OR, ORDER BY or the end may follow (ORDER in the set says we are there).
            if (expected.contains(JqlLexer.AND) || expected.contains(JqlLexer.OR) || expected.contains(JqlLexer.ORDER)) {
                return "Error in the JQL Query: Expecting either 'OR' or 'AND' but got " + got + ".";
            }
            if (expected.contains(JqlLexer.COMMA) && expected.contains(JqlLexer.RPAREN)) {
                return "Error in the JQL Query: Expecting ',' or ')' but got " + got + ".";
            }
            if (expected.contains(JqlLexer.RPAREN)) {
                return "Error in the JQL Query: Expecting ')' but got " + got + ".";
            }
            if (expected.contains(JqlLexer.COMMA) || expected.contains(Token.EOF)) {
                return "Error in the JQL Query: Expecting ',' or the end of the query but got " + got + ".";
            }
            return "Error in the JQL Query: Unexpected " + got + ".";
        }
    }

    static String reserved(String word) {
        return "Error in the JQL Query: '" + word.toLowerCase(Locale.ROOT)
                + "' is a reserved JQL word. You must surround it in quotation marks to use it in a query.";
    }
}
