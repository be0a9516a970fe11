package dev.meridian.bench;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/** One phase of the pipeline benchmark: one line of its report. */
record PipelineResult(String phase, int events, int missing, double offered, double throughput, Histogram freshness,
        double drainSeconds, Usage usage, double serverP50, double serverP99, long maxOutbox, long maxQueue) {

    private static final long MAX_TRACKED_MICROS = 3_600_000_000L;

    static final String HEADER = """
            | phase | events | offered events/s | pipeline events/s | freshness p50 ms | p95 ms | p99 ms | max ms | drain after last commit s | max outbox backlog | max queue depth | missing | server CPU ms/event | db CPU ms/event | server p50 / p99 s |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|""";

    static PipelineResult of(String phase, Map<Long, Long> committed, Map<Long, Long> stored, double offered, long lastCommit,
            Usage usage, JsonNode server, PipelineDepths depths) {
        var freshness = new Histogram(MAX_TRACKED_MICROS, 3);
        committed.forEach((id, at) -> {
            var storedAt = stored.get(id);
            if (storedAt != null) {
                freshness.recordValue(Math.max(0, Math.min(MAX_TRACKED_MICROS, storedAt - at)));
            }
        });
        long first = Collections.min(committed.values());
        long last = stored.isEmpty() ? first : Collections.max(stored.values());
        return new PipelineResult(phase, committed.size(), committed.size() - stored.size(), offered,
                stored.size() * 1e6 / Math.max(1, last - first), freshness, (last - lastCommit) / 1e6, usage,
                server.path("p50Seconds").asDouble(), server.path("p99Seconds").asDouble(), depths.outbox(), depths.queue());
    }

    String line() {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %d | %d | %d | %.2f | %.2f | %.2f / %.2f |",
                phase, events, offered, throughput, ms(50), ms(95), ms(99), freshness.getMaxValue() / 1000.0, drainSeconds,
                maxOutbox, maxQueue, missing, usage.serverCpuNanos() / 1e6 / events, usage.dbCpuNanos() / 1e6 / events, serverP50, serverP99);
    }

    private double ms(double percentile) {
        return freshness.getValueAtPercentile(percentile) / 1000.0;
    }
}
