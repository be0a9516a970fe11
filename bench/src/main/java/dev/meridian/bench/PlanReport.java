package dev.meridian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plans folder of the JQL benchmark: for each query and caller a file with the count and page statements the
 * server logged, their parameters and {@code EXPLAIN (ANALYZE, BUFFERS)}; and {@code index.md} with the lines worth
 * reading first and the statements that took most of the database time.
 */
final class PlanReport {

    private final QueryPlans plans;
    private final Path folder;

    PlanReport(QueryPlans plans, Path folder) {
        this.plans = plans;
        this.folder = folder;
    }

    /** Writes the folder; returns one line saying what is in it. */
    String write(Map<String, List<JqlBenchmark.Outcome>> outcomes) throws IOException {
        var all = outcomes.values().stream().flatMap(List::stream).toList();
        boolean logged = all.stream().anyMatch(o -> !o.statements().isEmpty());
        boolean stats = all.stream().anyMatch(o -> !o.top().isEmpty());
        if (!logged && !stats) {
            return "No search SQL in the server log (DEBUG lines of dev.meridian.search) and no pg_stat_statements: no plans.";
        }
        Files.createDirectories(folder);
        var index = new StringBuilder("# Plans of the JQL benchmark's searches\n");
        int n = 0;
        for (var entry : outcomes.entrySet()) {
            n++;
            for (var o : entry.getValue()) {
                var file = folder.resolve(String.format(Locale.ROOT, "%02d-%s.txt", n, o.caller().name().split(" ")[0]));
                index.append("\n## ").append(n).append(". `").append(o.jql()).append("` as ").append(o.caller().name());
                index.append(o.statements().isEmpty() ? "\n\n" : " (" + file.getFileName() + ")\n\n");
                if (!o.top().isEmpty()) {
                    index.append("Most database time per search:\n\n");
                    o.top().forEach(s -> index.append("- ").append(s.line()).append("\n"));
                    index.append("\n");
                }
                if (!o.statements().isEmpty()) {
                    Files.writeString(file, explained(o, index));
                }
            }
        }
        Files.writeString(folder.resolve("index.md"), index);
        return (logged ? "Plans (EXPLAIN ANALYZE, BUFFERS) of each search in " + folder + ", key lines"
                : "No search SQL in the server log, no plans; statements") + " in " + folder.resolve("index.md") + ".";
    }

    private String explained(JqlBenchmark.Outcome o, StringBuilder index) {
        var text = new StringBuilder("-- " + o.jql() + "\n-- as " + o.caller().name() + "\n");
        for (var statement : o.statements()) {
            var plan = plans.explain(statement);
            text.append("\n-- ").append(statement.name()).append("\n").append(statement.sql()).append(";\n");
            if (!statement.parameters().isEmpty()) {
                text.append("-- parameters: ").append(statement.parameters()).append("\n");
            }
            text.append("\n").append(plan).append("\n");
            index.append("    -- ").append(statement.name()).append("\n");
            QueryPlans.keyLines(plan).forEach(l -> index.append("    ").append(l).append("\n"));
            index.append("\n");
        }
        return text.toString();
    }
}
