package dev.meridian.importing.internal;

import dev.meridian.importing.ImportReport.Rejected;
import dev.meridian.platform.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a tracker's CSV export into rows, rejecting records that cannot become issues. Jira repeats a column for each
 * value of a multi-valued field ("Affects Version/s" twice); Bugzilla puts them in one cell separated by commas; both work.
 */
final class CsvSource {

    static final int SUMMARY_MAX = 255;
    static final int DESCRIPTION_MAX_BYTES = 64 * 1024;

    record Parsed(List<SourceRow> rows, List<Rejected> rejected, List<String> warnings) {
    }

    private CsvSource() {
    }

    static Parsed read(Reader csv) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowDuplicateHeaderNames(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        try (var parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            var header = parser.getHeaderNames();
            if (indexes(header, "summary", "short_desc", "title").length == 0) {
                throw new InvalidInputException("csv", "the header has no Summary column (found: " + String.join(", ", header) + ")");
            }
            var rows = new ArrayList<SourceRow>();
            var rejected = new ArrayList<Rejected>();
            var warnings = new ArrayList<String>();
            var seen = new HashSet<String>();
            for (var record : parser) {
                var reader = new RecordReader(record, header);
                try {
                    var row = reader.row();
                    if (row.sourceId() != null && !seen.add(row.sourceId())) {
                        throw new IllegalArgumentException("source id " + row.sourceId() + " appears more than once in the file");
                    }
                    rows.add(fit(row, warnings));
                } catch (IllegalArgumentException e) {
                    rejected.add(new Rejected(record.getRecordNumber(), reader.sourceIdOrNull(), e.getMessage()));
                }
            }
            return new Parsed(rows, rejected, warnings);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("csv", "the file is not readable CSV: " + e.getMessage());
        }
    }

    /** Keeps long descriptions by cutting them to the limit, and says so, rather than losing the whole issue. */
    private static SourceRow fit(SourceRow r, List<String> warnings) {
        var description = r.description();
        if (description != null && description.getBytes(StandardCharsets.UTF_8).length > DESCRIPTION_MAX_BYTES) {
            var bytes = description.getBytes(StandardCharsets.UTF_8).length;
            var note = "\n\n[Cut by the import: the original description was " + bytes / 1024 + " KiB; the limit is 64 KiB.]";
            var cut = prefixWithin(description, DESCRIPTION_MAX_BYTES - note.getBytes(StandardCharsets.UTF_8).length);
            description = cut + note;
            warnings.add("source id " + r.sourceId() + " (line " + r.line() + "): description of " + bytes / 1024
                    + " KiB cut to fit 64 KiB");
        }
        return new SourceRow(r.line(), r.sourceId(), r.summary(), description, r.type(), r.status(), r.priority(),
                r.resolution(), r.assignee(), r.reporter(), r.labels(), r.components(), r.affectsVersions(),
                r.fixVersions(), r.created(), r.updated(), r.resolved(), r.duplicates());
    }

    private static String prefixWithin(String text, int maxBytes) {
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end);
    }

    static int[] indexes(List<String> header, String... names) {
        var wanted = Arrays.asList(names);
        var found = new ArrayList<Integer>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && wanted.contains(header.get(i).trim().toLowerCase(Locale.ROOT))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One record, read column by column with the aliases of {@link Columns}. */
    private record RecordReader(CSVRecord record, List<String> header) {

        String sourceIdOrNull() {
            return one(Columns.ID);
        }

        SourceRow row() {
            if (record.stream().anyMatch(cell -> cell.indexOf('\0') >= 0)) {
                throw new IllegalArgumentException("the row contains the NUL character (\\u0000), which cannot be stored");
            }
            var summary = one(Columns.SUMMARY);
            if (summary == null) {
                throw new IllegalArgumentException("the summary is empty");
            }
            summary = summary.replaceAll("\\s+", " ").trim();
            if (summary.length() > SUMMARY_MAX) {
                throw new IllegalArgumentException("the summary has " + summary.length() + " characters; the limit is " + SUMMARY_MAX);
            }
            return new SourceRow(record.getRecordNumber(), one(Columns.ID), summary, one(Columns.DESCRIPTION),
                    one(Columns.TYPE), one(Columns.STATUS), one(Columns.PRIORITY), one(Columns.RESOLUTION),
                    one(Columns.ASSIGNEE), one(Columns.REPORTER), labels(), many(Columns.COMPONENTS), many(Columns.AFFECTS),
                    many(Columns.FIX), date(Columns.CREATED), date(Columns.UPDATED), date(Columns.RESOLVED),
                    many(Columns.DUPLICATES));
        }

        private java.time.Instant date(Columns column) {
            return SourceDates.parse(one(column)).orElse(null);
        }

        private String one(Columns column) {
            var values = values(column);
            return values.isEmpty() ? null : values.get(0);
        }

        private List<String> many(Columns column) {
            var all = new LinkedHashSet<String>();
            for (var value : values(column)) {
                for (var part : value.split(",")) {
                    if (!part.isBlank()) {
                        all.add(part.trim());
                    }
                }
            }
            return List.copyOf(all);
        }

        private List<String> labels() {
            return many(Columns.LABELS).stream().flatMap(l -> Arrays.stream(l.split("\\s+"))).filter(l -> !l.isBlank()).distinct().toList();
        }

        private List<String> values(Columns column) {
            var values = new ArrayList<String>();
            for (int i : column.indexes(header)) {
                if (i < record.size() && !record.get(i).isBlank()) {
                    values.add(record.get(i).trim());
                }
            }
            return values;
        }
    }
}
