package dev.meridian.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random JQL trees and random text, from a seed, for the round-trip and robustness properties. */
final class RandomQueries {

    private static final List<String> WORDS = List.of("status", "Done", "In Progress", "Story Points", "assignee", "HADOOP-42",
            "-7d", "2024/01/31", "2024-01-31 14:00", "a\"quote", "back\\slash", "it's", "tab\there", "new\nline", "ünïcödé",
            "日本語", "emoji 🚀", "", " ", "select", "and", "OR", "not", "empty", "null", "order", "by", "was", "changed", "in",
            "x*", "@me", "a.b/c:d", "+1", "0", "12.5", "\u0001", "To Do", "Major", "Bug", "Unresolved", "admin@test.local",
            "-1w 2d", "99999999999999999999", "-999999y", "2024/02/30", "timeout*", "\"disk full\"", "1.0", "P1-1");
    private static final List<String> FUNCTIONS = List.of("currentUser", "membersOf", "startOfWeek", "linkedIssues", "myFunc", "f_1",
            "now", "endOfMonth", "releasedVersions", "unreleasedVersions", "startOfDay");
    private static final String ALPHABET = "abcXYZ019 _-.@/:*+\"'\\()=!<>~,&|\t\n\r\u00e9\u65e5🚀";
    private static final List<String> FRAGMENTS = List.of("status", " = ", "!=", " in ", " not ", " is ", " empty", " was ",
            " changed ", " from ", " to ", " by ", " after ", " during ", " order by ", " asc", " desc", " and ", " or ", "(", ")",
            ",", "\"", "'", "~", "!~", "currentUser()", "-7d", "\"In Progress\"", "&&", "||", "!", "\\", "\\u12", "<=", ">=");

    private static final List<String> FIELD_NAMES = Fields.ALL.stream().flatMap(f -> java.util.stream.Stream.concat(
            java.util.stream.Stream.of(f.name()), f.aliases().stream())).toList();

    private final SplittableRandom random;
    private final boolean knownFields;

    RandomQueries(long seed) {
        this(seed, false);
    }

    /** {@code knownFields}: fields are Meridian's own, so that queries reach the compiler rather than stop at the name. */
    RandomQueries(long seed, boolean knownFields) {
        this.random = new SplittableRandom(seed);
        this.knownFields = knownFields;
    }

    Jql.Query query() {
        var where = random.nextInt(8) == 0 ? null : clause(3);
        var order = new ArrayList<Jql.SortKey>();
        int keys = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < keys; i++) {
            var direction = switch (random.nextInt(3)) {
                case 0 -> (Boolean) null;
                case 1 -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
            order.add(new Jql.SortKey(field(), direction));
        }
        return new Jql.Query(where, List.copyOf(order));
    }

    /** Text that is mostly not JQL: random characters and JQL fragments in random order. */
    String noise() {
        var out = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            if (random.nextBoolean()) {
                out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            } else {
                out.appendCodePoint(ALPHABET.codePoints().toArray()[random.nextInt((int) ALPHABET.codePoints().count())]);
            }
        }
        return out.toString();
    }

    private Jql.Clause clause(int depth) {
        int pick = depth == 0 ? 3 + random.nextInt(2) : random.nextInt(6);
        return switch (pick) {
            case 0 -> new Jql.And(clauses(depth));
            case 1 -> new Jql.Or(clauses(depth));
            case 2 -> new Jql.Not(clause(depth - 1));
            case 3 -> terminal();
            case 4 -> history();
            default -> terminal();
        };
    }

    private List<Jql.Clause> clauses(int depth) {
        var out = new ArrayList<Jql.Clause>();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            out.add(clause(depth - 1));
        }
        return List.copyOf(out);
    }

    private Jql.Clause terminal() {
        var ops = Jql.Operator.values();
        var op = ops[random.nextInt(ops.length)];
        Jql.Operand operand = switch (op) {
            case IS, IS_NOT -> new Jql.Empty(Jql.Pos.NONE);
            case IN, NOT_IN -> list(1 + random.nextInt(3));
            default -> single();
        };
        return new Jql.Terminal(field(), op, operand, Jql.Pos.NONE);
    }

    private Jql.Clause history() {
        var ops = Jql.HistoryOperator.values();
        var op = ops[random.nextInt(ops.length)];
        var kinds = Jql.PredicateKind.values();
        var predicates = new ArrayList<Jql.Predicate>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            var kind = kinds[random.nextInt(kinds.length)];
            if (op != Jql.HistoryOperator.CHANGED && (kind == Jql.PredicateKind.FROM || kind == Jql.PredicateKind.TO)) {
                kind = Jql.PredicateKind.AFTER;
            }
            predicates.add(new Jql.Predicate(kind, kind == Jql.PredicateKind.DURING ? list(2) : single()));
        }
        var operand = op == Jql.HistoryOperator.CHANGED ? null
                : op == Jql.HistoryOperator.WAS_IN || op == Jql.HistoryOperator.WAS_NOT_IN ? list(1 + random.nextInt(3)) : single();
        return new Jql.History(field(), op, operand, List.copyOf(predicates), Jql.Pos.NONE);
    }

    private Jql.Operand single() {
        return switch (random.nextInt(5)) {
            case 0 -> new Jql.Empty(Jql.Pos.NONE);
            case 1 -> function();
            default -> value();
        };
    }

    private Jql.ValueList list(int n) {
        var items = new ArrayList<Jql.Operand>();
        for (int i = 0; i < n; i++) {
            items.add(random.nextInt(4) == 0 ? function() : value());
        }
        return new Jql.ValueList(List.copyOf(items), Jql.Pos.NONE);
    }

    private Jql.Value value() {
        return new Jql.Value(word(), Jql.Pos.NONE);
    }

    private Jql.Function function() {
        var args = new ArrayList<String>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            args.add(word());
        }
        return new Jql.Function(FUNCTIONS.get(random.nextInt(FUNCTIONS.size())), List.copyOf(args), Jql.Pos.NONE);
    }

    private Jql.Field field() {
        return new Jql.Field(knownFields ? FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size())) : word(), Jql.Pos.NONE);
    }

    private String word() {
        var w = WORDS.get(random.nextInt(WORDS.size()));
        return random.nextInt(4) == 0 ? w + random.nextInt(100) : w;
    }
}
