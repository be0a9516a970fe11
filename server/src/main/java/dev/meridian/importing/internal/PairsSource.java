package dev.meridian.importing.internal;

import dev.meridian.platform.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** A file of "Issue id, Duplicate id" pairs; the second cell may list several ids separated by commas. */
final class PairsSource {

    private PairsSource() {
    }

    static List<Map.Entry<String, String>> read(Reader csv) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (var parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            var header = parser.getHeaderNames();
            var ids = Columns.ID.indexes(header);
            var duplicates = Columns.DUPLICATES.indexes(header);
            if (ids.length == 0 || duplicates.length == 0) {
                throw new InvalidInputException("csv", "expected the columns 'Issue id' and 'Duplicate id' (found: "
                        + String.join(", ", header) + ")");
            }
            var pairs = new ArrayList<Map.Entry<String, String>>();
            for (var record : parser) {
                var id = record.get(ids[0]).trim();
                for (var other : record.get(duplicates[0]).split(",")) {
                    if (!id.isEmpty() && !other.isBlank()) {
                        pairs.add(Map.entry(id, other.trim()));
                    }
                }
            }
            return pairs;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("csv", "the file is not readable CSV: " + e.getMessage());
        }
    }
}
