package dev.meridian.ml.evaluation;

import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.Embedder;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.LocalModel;
import dev.meridian.ml.SimilarIssue;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the ranker the way the server calls it (one thread, CPU and wall time per call) and writes every probe's top
 * 10 with scores to a file, so a change meant to be a pure speed-up can be diffed against the ranking before it.
 */
final class LatencyReport {

    private static final int PROBES = 400;

    private LatencyReport() {
    }

    static void print(List<IssueDocument> issues, List<DuplicateLink> links, Embedder embedder, Path dir)
            throws Exception {
        var model = LocalModel.train(issues, links, EvaluationRunner.FIELDS, embedder, "hadoop-latency");
        var similar = model.similarIssues(issues, embedder);
        var threads = ManagementFactory.getThreadMXBean();
        var wall = new double[PROBES];
        var cpu = new double[PROBES];
        var rankings = dir.resolve("rankings.txt");
        try (var out = new PrintWriter(Files.newBufferedWriter(rankings))) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < PROBES; i++) {
                    var key = issues.get(i * 7 % issues.size()).key();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    var top = similar.similarTo(key, 10);
                    wall[i] = (System.nanoTime() - start) / 1e6;
                    cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    if (round == 1) {
                        out.println(key + " " + line(top));
                    }
                }
            }
            for (int i = 0; i < 50; i++) {
                var issue = issues.get(i * 13 % issues.size());
                var draft = new IssueDocument("", issue.summary() + " again", issue.description(), issue.created(), Map.of());
                out.println("draft" + i + " " + line(similar.similarTo(draft, 5)));
            }
        }
        System.out.printf(Locale.ROOT, "similarTo(key, 10) over %d issues, %d probes after %d warm-up: wall p50 %.2f ms,"
                        + " p95 %.2f ms; CPU p50 %.2f ms, p95 %.2f ms; rankings in %s%n", similar.size(), PROBES, PROBES,
                percentile(wall, 50), percentile(wall, 95), percentile(cpu, 50), percentile(cpu, 95), rankings);
    }

    private static String line(List<SimilarIssue> top) {
        var text = new StringBuilder();
        top.forEach(s -> text.append(s.key()).append(':').append(String.format(Locale.ROOT, "%.12f", s.score())).append(' '));
        return text.toString();
    }

    private static double percentile(double[] values, int p) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
