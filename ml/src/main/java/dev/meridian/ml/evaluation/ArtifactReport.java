package dev.meridian.ml.evaluation;

import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.Embedder;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.LocalModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Trains the shippable model the way the server will, saves, reloads, and times the calls the server makes. */
final class ArtifactReport {

    private static final int PROBES = 200;

    private ArtifactReport() {
    }

    static void print(List<IssueDocument> issues, List<DuplicateLink> links, Embedder embedder, Path dir)
            throws Exception {
        var clock = new EvaluationRunner.Stopwatch();
        var model = LocalModel.train(issues, links, EvaluationRunner.FIELDS, embedder, "hadoop-demo-1");
        double trainSeconds = clock.lap();
        var file = dir.resolve("hadoop-demo-1.zip");
        model.save(file);
        var loaded = LocalModel.load(file);
        double loadSeconds = clock.lap();
        var similar = loaded.similarIssues(issues, embedder);
        double indexSeconds = clock.lap();
        var keyLatency = new double[PROBES];
        for (int i = 0; i < PROBES; i++) {
            long start = System.nanoTime();
            similar.similarTo(issues.get(i * 7 % issues.size()).key(), 10);
            keyLatency[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf("Artifact: LocalModel.train on all %d issues and %d links in %.1f s (embeddings cached);"
                        + " %s is %d KB, loads in %.2f s; live index built in %.1f s%n", issues.size(), links.size(),
                trainSeconds, file.getFileName(), Files.size(file) / 1024, loadSeconds, indexSeconds);
        System.out.printf("similarTo(key, 10) over %d issues: p50 %.1f ms, p95 %.1f ms (%d probes)%n", similar.size(),
                percentile(keyLatency, 50), percentile(keyLatency, 95), PROBES);
        System.out.println("Metadata: version=" + loaded.metadata().version() + " checksum="
                + loaded.metadata().dataChecksum());
        loaded.metadata().sortedMetrics().forEach((k, v) -> System.out.printf("  %s = %.3f%n", k, v));
        System.out.println();
    }

    private static double percentile(double[] values, int p) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
