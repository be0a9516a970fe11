package dev.meridian.search.internal;

import java.util.List;

/** The tree of a JQL query. Positions say where a node was written; they are not part of its identity. */
final class Jql {

    private Jql() {
    }

    /** Line and character, both 1-based. Every position equals every other, so trees compare by meaning alone. */
    record Pos(int line, int character) {
        static final Pos NONE = new Pos(1, 1);

        @Override
        public boolean equals(Object other) {
            return other instanceof Pos;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** {@code where} is null for a query that is only an ORDER BY (or empty). */
    record Query(Clause where, List<SortKey> orderBy) {
    }

    record SortKey(Field field, Boolean descending) {
    }

    record Field(String name, Pos pos) {
    }

    sealed interface Clause permits And, Or, Not, Terminal, History {
    }

    record And(List<Clause> clauses) implements Clause {
    }

    record Or(List<Clause> clauses) implements Clause {
    }

    record Not(Clause clause) implements Clause {
    }

    enum Operator {
        EQUALS("="), NOT_EQUALS("!="), LESS("<"), GREATER(">"), LESS_OR_EQUAL("<="), GREATER_OR_EQUAL(">="),
        LIKE("~"), NOT_LIKE("!~"), IN("in"), NOT_IN("not in"), IS("is"), IS_NOT("is not");

        final String text;

        Operator(String text) {
            this.text = text;
        }
    }

    record Terminal(Field field, Operator operator, Operand operand, Pos operatorPos) implements Clause {
    }

    enum HistoryOperator {
        WAS("was"), WAS_NOT("was not"), WAS_IN("was in"), WAS_NOT_IN("was not in"), CHANGED("changed");

        final String text;

        HistoryOperator(String text) {
            this.text = text;
        }
    }

    enum PredicateKind { AFTER, BEFORE, ON, DURING, BY, FROM, TO }

    record Predicate(PredicateKind kind, Operand operand) {
    }

    /** {@code operand} is null for CHANGED. */
    record History(Field field, HistoryOperator operator, Operand operand, List<Predicate> predicates, Pos operatorPos)
            implements Clause {
    }

    sealed interface Operand permits Value, ValueList, Function, Empty {
        Pos pos();
    }

    record Value(String text, Pos pos) implements Operand {
    }

    record ValueList(List<Operand> items, Pos pos) implements Operand {
    }

    record Function(String name, List<String> arguments, Pos pos) implements Operand {
    }

    record Empty(Pos pos) implements Operand {
    }
}
