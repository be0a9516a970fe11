package dev.meridian.ml.evaluation;

import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.duplicates.DuplicateQuery;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the GitBugs Apache Hadoop export: {@code issues.csv} and the {@code duplicates-*.csv} link files. */
final class HadoopCsv {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("dd/MMM/yy HH:mm", Locale.ENGLISH);
    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private HadoopCsv() {
    }

    static List<IssueDocument> issues(Path file) throws IOException {
        var issues = new ArrayList<IssueDocument>();
        for (CSVRecord row : records(file)) {
            issues.add(new IssueDocument(row.get("Issue id"), row.get("Summary"), row.get("Description"),
                    LocalDateTime.parse(row.get("Created"), CREATED).toInstant(ZoneOffset.UTC),
                    Map.of("priority", row.get("Priority"),
                            "status", row.get("Status"),
                            "resolution", row.get("Resolution"),
                            "affectsVersion", row.get("Affects Version/s"))));
        }
        return issues;
    }

    /** One query per row: the issue and every issue it is recorded as a duplicate of. */
    static List<DuplicateQuery> duplicates(Path file) throws IOException {
        var queries = new ArrayList<DuplicateQuery>();
        for (CSVRecord row : records(file)) {
            var targets = List.of(row.get("Duplicate id").split("\\s*,\\s*"));
            queries.add(new DuplicateQuery(row.get("Issue id").trim(),
                    targets.stream().map(String::trim).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        }
        return queries;
    }

    static List<DuplicateLink> links(List<DuplicateQuery> queries) {
        return queries.stream()
                .flatMap(q -> q.duplicates().stream().map(d -> new DuplicateLink(q.issueKey(), d)))
                .toList();
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return WITH_HEADER.parse(reader).getRecords();
        }
    }
}
