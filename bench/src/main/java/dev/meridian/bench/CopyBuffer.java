package dev.meridian.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.postgresql.copy.CopyManager;

/** Rows of one table in COPY's text format, held in memory until {@link #copy} sends them in one COPY statement. */
final class CopyBuffer {

    private final String table;
    private final List<String> columns;
    private final StringBuilder text = new StringBuilder(1 << 20);
    private long rows;
    private long totalRows;

    CopyBuffer(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Values in column order: null, text, numbers, {@link java.time.Instant}, {@link java.time.LocalDate}, or a collection as a text[] array. */
    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + " has " + columns.size() + " columns, got " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
    }

    long copy(CopyManager copy) throws SQLException, IOException {
        var sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        long copied = copy.copyIn(sql, new StringReader(text.toString()));
        text.setLength(0);
        totalRows += rows;
        rows = 0;
        return copied;
    }

    String table() {
        return table;
    }

    long totalRows() {
        return totalRows;
    }

    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Collection<?> array) {
            text.append('{');
            boolean first = true;
            for (var element : array) {
                text.append(first ? "" : ",").append('"');
                escape(element.toString().replace("\\", "\\\\").replace("\"", "\\\""));
                text.append('"');
                first = false;
            }
            text.append('}');
        } else {
            escape(value.toString());
        }
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> { } // PostgreSQL text cannot hold NUL
                default -> text.append(c);
            }
        }
    }
}
