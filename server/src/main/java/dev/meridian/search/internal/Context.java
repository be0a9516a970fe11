package dev.meridian.search.internal;

import static dev.meridian.search.internal.jql.JqlLexer.*;

import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/** Where the caret stands in a query, read from the tokens before it: what kind of word may come next. */
record Context(State state, String field, String operator, String predicate, boolean historyClause, int depth, boolean atStart) {

    enum State { CLAUSE, OPERATOR, VALUE, CONNECTIVE, BY, SORT_FIELD, SORT_DIRECTION, NONE }

    static Context of(List<Token> tokens) {
        var state = State.CLAUSE;
        String field = null;
        String operator = null;
        String predicate = null;
        boolean history = false;
        int depth = 0;
        int listDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            int type = t.getType();
            var text = t.getText().toLowerCase(Locale.ROOT);
            switch (state) {
                case CLAUSE -> {
                    if (type == LPAREN) {
                        depth++;
                    } else if (type == ORDER) {
                        state = State.BY;
                    } else if (type == WORD || type == QUOTED) {
                        field = unquote(t.getText());
                        operator = null;
                        predicate = null;
                        history = false;
                        state = State.OPERATOR;
                    } else if (type != NOT) {
                        state = State.NONE;
                    }
                }
                case OPERATOR -> {
                    if (type == CHANGED) {
                        history = true;
                        operator = "changed";
                        state = State.CONNECTIVE;
                    } else if (type == NOT && operator == null) {
                        operator = "not";
                    } else if (type >= EQ && type <= NOT_LIKE || type == IN || type == IS || type == WAS) {
                        history = type == WAS;
                        operator = type == IN ? "in" : text;
                        state = State.VALUE;
                    } else {
                        state = State.NONE;
                    }
                }
                case VALUE -> {
                    if (type == NOT || type == IN) {
                        operator = type == IN ? "in" : operator;
                    } else if (type == LPAREN) {
                        listDepth++;
                    } else if (type == COMMA && listDepth > 0) {
                        // the next item of a list
                    } else if (type == RPAREN && listDepth > 0) {
                        listDepth--;
                        if (listDepth == 0) {
                            state = State.CONNECTIVE;
                        }
                    } else if (type == WORD && i + 1 < tokens.size() && tokens.get(i + 1).getType() == LPAREN) {
                        // a function: its arguments follow in parentheses
                    } else if (listDepth == 0) {
                        state = State.CONNECTIVE;
                    }
                }
                case CONNECTIVE -> {
                    if (type == AND || type == OR) {
                        state = State.CLAUSE;
                    } else if (type == RPAREN && depth > 0) {
                        depth--;
                    } else if (type == ORDER) {
                        state = State.BY;
                    } else if (history && type >= FROM && type <= DURING) {
                        predicate = text;
                        state = State.VALUE;
                    } else {
                        state = State.NONE;
                    }
                }
                case BY -> state = type == BY ? State.SORT_FIELD : State.NONE;
                case SORT_FIELD -> state = type == WORD || type == QUOTED ? State.SORT_DIRECTION : State.NONE;
                case SORT_DIRECTION -> state = type == COMMA ? State.SORT_FIELD : type == ASC || type == DESC ? State.SORT_DIRECTION : State.NONE;
                default -> {
                }
            }
        }
        return new Context(state, field, operator, predicate, history, depth, tokens.isEmpty());
    }

    private static String unquote(String text) {
        return text.startsWith("\"") || text.startsWith("'") ? text.substring(1, text.length() - 1) : text;
    }
}
