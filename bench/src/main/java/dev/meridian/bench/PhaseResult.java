package dev.meridian.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** One line of the results table. {@code latencies} is null where single operations are not timed (batches). */
record PhaseResult(String name, long count, long errors, long elapsedNanos, Histogram latencies, Usage usage) {

    static final String HEADER = """
            | benchmark | ops | errors | ops/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/op | db CPU ms/op | client CPU ms/op | write tx/op | WAL KB/op |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";

    double throughput() {
        return count * 1e9 / elapsedNanos;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                name, count, errors, throughput(), percentile(50), percentile(95), percentile(99), max(),
                perOp(usage.serverCpuNanos() / 1e6), perOp(usage.dbCpuNanos() / 1e6), perOp(usage.clientCpuNanos() / 1e6),
                perOp(usage.writeTransactions()), perOp(usage.walBytes() / 1024.0));
    }

    String percentile(double p) {
        return latencies == null ? "–" : millis(latencies.getValueAtPercentile(p));
    }

    String max() {
        return latencies == null ? "–" : millis(latencies.getMaxValue());
    }

    private static String millis(long nanos) {
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.0f", ms);
    }

    private String perOp(double total) {
        return String.format(Locale.ROOT, "%.2f", total / count);
    }
}
