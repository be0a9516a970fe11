package dev.meridian.search.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.search.internal.Fields.Kind;
import dev.meridian.search.internal.jql.JqlLexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may come next at the caret: the tokens before it tell whether a field, an operator, a value or a keyword is
 * expected; the word under the caret filters the candidates and is the range a chosen suggestion replaces.
 */
@Component
class Autocomplete {

    static final int LIMIT = 20;

    record Suggestion(String value, String display, String kind) {
    }

    record Suggestions(int replaceFrom, int replaceTo, List<Suggestion> suggestions) {
    }

    record FieldInfo(String name, List<String> aliases, String type, List<String> operators, boolean sortable, boolean history,
            String description) {
    }

    record FunctionInfo(String name, String arguments, String description) {
    }

    record Reference(List<FieldInfo> fields, List<FunctionInfo> functions, List<String> reservedWords) {
    }

    private static final List<String> HISTORY_OPERATORS = List.of("was", "was in", "was not", "was not in", "changed");
    private static final Map<Kind, Operands.Returns> FUNCTIONS_FOR = Map.of(Kind.USER, Operands.Returns.USERS,
            Kind.WATCHER, Operands.Returns.USERS, Kind.FIX_VERSION, Operands.Returns.VERSIONS, Kind.AFFECTED_VERSION,
            Operands.Returns.VERSIONS, Kind.KEY, Operands.Returns.ISSUES, Kind.TIMESTAMP, Operands.Returns.INSTANT, Kind.DAY,
            Operands.Returns.INSTANT, Kind.SPRINT, Operands.Returns.SPRINTS);

    private final ProjectAccess access;
    private final ValueSuggestions values;

    Autocomplete(ProjectAccess access, ValueSuggestions values) {
        this.access = access;
        this.values = values;
    }

    @Transactional(readOnly = true)
    public Suggestions suggest(String text, int cursor, CurrentUser user) {
        var tokens = tokens(text);
        Token current = null;
        var before = new ArrayList<Token>();
        for (var t : tokens) {
            if (t.getStopIndex() + 1 < cursor) {
                before.add(t);
            } else if (t.getStartIndex() < cursor && isWordLike(t)) {
                current = t;
                break;
            } else {
                break;
            }
        }
        int from = current == null ? cursor : current.getStartIndex();
        int to = current == null ? cursor : current.getStopIndex() + 1;
        var prefix = current == null ? "" : text.substring(from, cursor).replaceFirst("^[\"']", "");
        var context = Context.of(before);
        var candidates = candidates(context, prefix, user);
        var lower = prefix.toLowerCase(Locale.ROOT);
        var matching = candidates.stream()
                .filter(s -> s.display().toLowerCase(Locale.ROOT).startsWith(lower) || s.value().toLowerCase(Locale.ROOT)
                        .replaceFirst("^\"", "").startsWith(lower) || s.display().toLowerCase(Locale.ROOT).contains(" " + lower))
                .distinct().limit(LIMIT).toList();
        return new Suggestions(from, to, matching);
    }

    private List<Suggestion> candidates(Context context, String prefix, CurrentUser user) {
        return switch (context.state()) {
            case CLAUSE -> {
                var out = new ArrayList<Suggestion>();
                Fields.ALL.forEach(f -> out.add(new Suggestion(JqlPrinter.word(f.name()), f.name(), "field")));
                out.add(new Suggestion("NOT", "NOT", "keyword"));
                if (context.atStart()) {
                    out.add(new Suggestion("ORDER BY", "ORDER BY", "keyword"));
                }
                yield out;
            }
            case OPERATOR -> Fields.find(context.field()).map(Autocomplete::operators).orElse(List.of());
            case VALUE -> Fields.find(context.field()).map(f -> valuesFor(f, context, prefix, user)).orElse(List.of());
            case CONNECTIVE -> {
                var out = new ArrayList<Suggestion>();
                out.add(new Suggestion("AND", "AND", "keyword"));
                out.add(new Suggestion("OR", "OR", "keyword"));
                if (context.historyClause()) {
                    for (var p : List.of("AFTER", "BEFORE", "ON", "DURING", "BY", "FROM", "TO")) {
                        out.add(new Suggestion(p, p, "keyword"));
                    }
                }
                if (context.depth() == 0) {
                    out.add(new Suggestion("ORDER BY", "ORDER BY", "keyword"));
                }
                yield out;
            }
            case BY -> List.of(new Suggestion("BY", "BY", "keyword"));
            case SORT_FIELD -> Fields.ALL.stream().filter(Fields.Field::sortable)
                    .map(f -> new Suggestion(JqlPrinter.word(f.name()), f.name(), "field")).toList();
            case SORT_DIRECTION -> List.of(new Suggestion("ASC", "ASC", "keyword"), new Suggestion("DESC", "DESC", "keyword"));
            case NONE -> List.of();
        };
    }

    private List<Suggestion> valuesFor(Fields.Field field, Context context, String prefix, CurrentUser user) {
        var kind = switch (Objects.requireNonNullElse(context.predicate(), "")) {
            case "by" -> Kind.USER;
            case "after", "before", "on", "during" -> Kind.TIMESTAMP;
            default -> field.kind();
        };
        var projects = access.browsable(user).stream().map(ProjectRef::id).toArray(Long[]::new);
        var out = new ArrayList<Suggestion>(values.values(kind, prefix, projects));
        var returns = FUNCTIONS_FOR.get(kind);
        Operands.FUNCTIONS.stream().filter(f -> f.returns() == returns)
                .forEach(f -> out.add(new Suggestion(f.name() + "(" + (f.minArgs() > 0 ? "\"\"" : "") + ")", f.name() + "(" + f.arguments() + ")", "function")));
        if (EnumSet.of(Kind.USER, Kind.WATCHER, Kind.PRIORITY, Kind.RESOLUTION, Kind.COMPONENT, Kind.FIX_VERSION,
                Kind.AFFECTED_VERSION, Kind.LABELS, Kind.PARENT, Kind.TIMESTAMP, Kind.DAY, Kind.NUMBER, Kind.DURATION, Kind.SPRINT).contains(kind)
                && !"in".equals(context.operator())) {
            out.add(new Suggestion("EMPTY", "EMPTY", "keyword"));
        }
        return out;
    }

    private static List<Suggestion> operators(Fields.Field field) {
        var out = new ArrayList<Suggestion>();
        field.operators().stream().sorted(Comparator.comparing(Enum::ordinal))
                .forEach(op -> out.add(new Suggestion(op.text.toUpperCase(Locale.ROOT), op.text.toUpperCase(Locale.ROOT), "operator")));
        if (field.history() != null) {
            HISTORY_OPERATORS.forEach(op -> out.add(new Suggestion(op.toUpperCase(Locale.ROOT), op.toUpperCase(Locale.ROOT), "operator")));
        }
        return out;
    }

    static Reference reference() {
        var fields = Fields.ALL.stream().map(f -> {
            var ops = new ArrayList<String>();
            f.operators().stream().sorted(Comparator.comparing(Enum::ordinal)).forEach(op -> ops.add(op.text.toUpperCase(Locale.ROOT)));
            if (f.history() != null) {
                HISTORY_OPERATORS.forEach(op -> ops.add(op.toUpperCase(Locale.ROOT)));
            }
            return new FieldInfo(f.name(), f.aliases(), f.kind().name().toLowerCase(Locale.ROOT), ops, f.sortable(),
                    f.history() != null, f.description());
        }).toList();
        var functions = Operands.FUNCTIONS.stream().map(f -> new FunctionInfo(f.name(), f.arguments(), f.description())).toList();
        return new Reference(fields, functions, JqlSyntax.RESERVED.stream().sorted().toList());
    }

    private static List<Token> tokens(String text) {
        var lexer = new JqlLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        var out = new ArrayList<Token>();
        for (var t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(t);
        }
        return out;
    }

    private static boolean isWordLike(Token t) {
        return t.getType() == JqlLexer.WORD || t.getType() == JqlLexer.QUOTED || t.getType() == JqlLexer.UNCLOSED
                || JqlSyntax.isKeyword(t);
    }
}
