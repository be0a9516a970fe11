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
 * The SQL statements the server logged for searches: DEBUG lines of the logger {@code dev.meridian.search} (start the
 * server with {@code --logging.level.dev.meridian.search=DEBUG}), read from the server's log from a given offset.
 * A statement is the message from its first {@code select} or {@code with}; its bind values, when it has {@code ?}
 * placeholders, are a trailing {@code [a, b]} list (after {@code params}, {@code parameters} or {@code args}).
 */
final class SearchSqlLog {

    /** Logback shortens logger names from the left: dev.meridian.search.X, d.meridian.search.X, d.m.search.X, d.m.s.X. */
    private static final Pattern SEARCH_DEBUG = Pattern.compile("\\bDEBUG\\b.*?\\s(?:dev|d)\\.(?:meridian|m)\\.(?:search|s)(?:\\.[\\w$]+)*\\s*:\\s(.*)");
    private static final Pattern ENTRY_START = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d");
    private static final Pattern STATEMENT = Pattern.compile("(?is)\\b(select|with)\\b.*");
    private static final Pattern BIND_VALUES = Pattern.compile("(?is)^(.*?)[\\s;,]*(?:params|parameters|args|arguments|bindings?)\\s*[:=]?\\s*\\[(.*)]\\s*$");

    record Statement(String sql, List<String> parameters) {
    }

    private final Path file;

    SearchSqlLog(Path file) {
        this.file = file;
    }

    long size() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

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
        if (message == null) {
            return;
        }
        var sql = STATEMENT.matcher(message);
        if (!sql.find()) {
            return;
        }
        var text = sql.group().strip();
        var bound = BIND_VALUES.matcher(text);
        if (text.contains("?") && bound.matches()) {
            var values = bound.group(2).isBlank() ? List.<String>of() : List.of(bound.group(2).split(",\\s*"));
            statements.add(new Statement(bound.group(1).strip(), values.stream().map(SearchSqlLog::unquoted).toList()));
        } else {
            statements.add(new Statement(text, List.of()));
        }
    }

    private static String unquoted(String value) {
        var v = value.strip();
        return v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))
                ? v.substring(1, v.length() - 1) : v;
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
