package dev.meridian.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL of the searches the server ran, from its log: {@code SearchEngine} writes, at DEBUG on
 * {@code dev.meridian.search}, {@code jql=… sql=select i.id from … where … order by … limit ? offset ? params=[…]}
 * for each page; it counts first with {@code select count(*) from issues i where …} and the same parameters less
 * the last two, which is rebuilt here so that both statements can be explained.
 */
final class SearchSqlLog {

    /** Logback shortens logger names from the left: dev.meridian.search.X, d.meridian.search.X, d.m.search.X, d.m.s.X. */
    private static final Pattern SEARCH_DEBUG = Pattern.compile("\\bDEBUG\\b.*?\\s(?:dev|d)\\.(?:meridian|m)\\.(?:search|s)(?:\\.[\\w$]+)*\\s*:\\s(.*)");
    private static final Pattern ENTRY_START = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d");
    private static final Pattern LOGGED = Pattern.compile("(?s)\\bsql=(select i\\.id from .*) params=(\\[.*])\\s*$");
    private static final String PAGE_END = " limit ? offset ?";

    /** {@code parameters} as text, for {@code setObject(i, text, Types.OTHER)}: arrays as array literals. */
    record Statement(String name, String sql, List<String> parameters) {
    }

    private final Path file;

    SearchSqlLog(Path file) {
        this.file = file;
    }

    long size() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** The statements logged after {@code offset}: for each page, its count and itself. */
    List<Statement> since(long offset) throws IOException {
        var statements = new ArrayList<Statement>();
        StringBuilder message = null;
        for (var line : read(offset).split("\n")) {
            if (ENTRY_START.matcher(line).find()) {
                add(message, statements);
                var debug = SEARCH_DEBUG.matcher(line);
                message = debug.find() ? new StringBuilder(debug.group(1)) : null;
            } else if (message != null) {
                message.append('\n').append(line);
            }
        }
        add(message, statements);
        return statements;
    }

    private static void add(StringBuilder message, List<Statement> statements) {
        var logged = message == null ? null : LOGGED.matcher(message);
        if (logged == null || !logged.find()) {
            return;
        }
        var page = logged.group(1).strip();
        var parameters = parameters(logged.group(2));
        int where = page.indexOf(" where ");
        int order = page.lastIndexOf(" order by ");
        if (page.endsWith(PAGE_END) && where > 0 && order > where && parameters.size() >= 2) {
            statements.add(new Statement("count", "select count(*) from issues i where " + page.substring(where + 7, order),
                    parameters.subList(0, parameters.size() - 2)));
        }
        statements.add(new Statement("page", page, parameters));
    }

    /** {@code [[1, 2], In Progress, 2026-08-28T02:00Z, 50, 0]}: top-level items split on commas outside brackets. */
    static List<String> parameters(String list) {
        var items = new ArrayList<String>();
        var inner = list.strip().substring(1, list.strip().length() - 1);
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : ',';
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                var item = inner.substring(start, i).strip();
                if (!item.isEmpty() || i < inner.length()) {
                    items.add(item.startsWith("[") ? arrayLiteral(item) : item);
                }
                start = i + 1;
            }
        }
        return items.size() == 1 && items.get(0).isEmpty() ? List.of() : items;
    }

    private static String arrayLiteral(String item) {
        var elements = parameters(item).stream().map(e -> '"' + e.replace("\\", "\\\\").replace("\"", "\\\"") + '"').toList();
        return "{" + String.join(",", elements) + "}";
    }

    private String read(long offset) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            var bytes = new byte[(int) Math.max(0, in.length() - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
