package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Real Apache Hadoop issues and duplicate pairs from the demo data, imported into a test project in two requests. */
final class HadoopSample {

    private static final String ISSUES = "/demo/apache-hadoop/issues.csv";
    private static final String DUPLICATES = "/demo/apache-hadoop/duplicates-all.csv";
    private static final List<String> COLUMNS = List.of("Summary", "Issue id", "Status", "Priority", "Resolution", "Created",
            "Affects Version/s", "Description");

    final Map<String, CSVRecord> issues = new LinkedHashMap<>();
    final List<String[]> pairs = new ArrayList<>();

    /** {@code pairs} duplicate pairs with both issues, then other issues up to {@code total}. */
    static HadoopSample of(int pairCount, int total) {
        var sample = new HadoopSample();
        var all = new LinkedHashMap<String, CSVRecord>();
        read(ISSUES).forEach(r -> all.put(r.get("Issue id"), r));
        for (var pair : read(DUPLICATES)) {
            var a = all.get(pair.get(0));
            var b = all.get(pair.get(1));
            if (sample.pairs.size() < pairCount && a != null && b != null && !sample.issues.containsKey(a.get("Issue id"))
                    && !sample.issues.containsKey(b.get("Issue id"))) {
                sample.issues.put(a.get("Issue id"), a);
                sample.issues.put(b.get("Issue id"), b);
                sample.pairs.add(new String[] {a.get("Issue id"), b.get("Issue id")});
            }
        }
        for (var r : all.values()) {
            if (sample.issues.size() >= total) {
                break;
            }
            sample.issues.putIfAbsent(r.get("Issue id"), r);
        }
        return sample;
    }

    /** Imports every issue except {@code leaveOut} and the pairs among them; returns Hadoop id → Meridian key. */
    Map<String, String> importInto(Api admin, String project, Set<String> leaveOut) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (var r : issues.values()) {
                if (!leaveOut.contains(r.get("Issue id"))) {
                    csv.printRecord(COLUMNS.stream().map(r::get).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var report = admin.postCsv("/api/v1/projects/" + project + "/import", out.toString());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        var keys = new LinkedHashMap<String, String>();
        report.json().get("keys").properties().forEach(e -> keys.put(e.getKey(), e.getValue().asString()));
        var links = new StringBuilder("Issue id,Duplicate id\n");
        pairs.stream().filter(p -> !leaveOut.contains(p[0]) && !leaveOut.contains(p[1]))
                .forEach(p -> links.append(p[0]).append(',').append(p[1]).append('\n'));
        var linked = admin.postCsv("/api/v1/projects/" + project + "/import/duplicates", links.toString());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        return keys;
    }

    private static List<CSVRecord> read(String resource) {
        try (var in = new InputStreamReader(HadoopSample.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
