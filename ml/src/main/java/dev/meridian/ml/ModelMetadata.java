package dev.meridian.ml;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the model registry records about a trained model: its version and lineage, the encoder it needs, a checksum of
 * the data it was trained on, and its held-out metrics (names like {@code duplicates.recall@10},
 * {@code duplicates.bm25.recall@10}, {@code triage.priority.macroF1}, {@code triage.priority.majorityMacroF1}).
 */
public record ModelMetadata(String version, String parentVersion, String mode, String embedder, String dataChecksum,
                            int issues, int duplicateLinks, Instant trainedAt, long trainingMillis,
                            Map<String, Double> metrics) {

    public static final String FORMAT = "meridian-local-model/2";

    public ModelMetadata {
        parentVersion = parentVersion == null ? "" : parentVersion;
        metrics = Map.copyOf(metrics);
    }

    public Map<String, Double> sortedMetrics() {
        return new TreeMap<>(metrics);
    }
}
