package dev.meridian.bench;

import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed loop: {@code concurrency} workers take the next operation index until {@code count} are done, each
 * waiting for its answer before sending the next. Latency is measured from send to answer (no coordinated-omission
 * correction: the figures describe a client that waits, like a script or a UI).
 */
final class LoadRunner implements AutoCloseable {

    /** One operation; it failed when it throws. */
    interface Operation {
        void run(int index) throws Exception;
    }

    private static final long MAX_TRACKED_NANOS = 600_000_000_000L;
    private static final int ERRORS_SHOWN = 5;

    private final int concurrency;
    private final ExecutorService workers;
    private final Usage.Probe probe;

    LoadRunner(int concurrency, Usage.Probe probe) {
        this.concurrency = concurrency;
        this.workers = Executors.newFixedThreadPool(concurrency);
        this.probe = probe;
    }

    PhaseResult run(String name, int count, Operation operation) throws Exception {
        var next = new AtomicInteger();
        var errors = new AtomicLong();
        var histograms = new ArrayList<Future<Histogram>>();
        var before = probe.snapshot();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            histograms.add(workers.submit(() -> {
                var histogram = new Histogram(MAX_TRACKED_NANOS, 3);
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    if (succeeded(name, operation, i, errors)) {
                        histogram.recordValue(Math.min(System.nanoTime() - t0, MAX_TRACKED_NANOS));
                    }
                }
                return histogram;
            }));
        }
        var all = new Histogram(MAX_TRACKED_NANOS, 3);
        for (var h : histograms) {
            all.add(h.get());
        }
        long elapsed = System.nanoTime() - start;
        return new PhaseResult(name, count, errors.get(), elapsed, all, probe.snapshot().minus(before));
    }

    private static boolean succeeded(String name, Operation operation, int index, AtomicLong errors) {
        try {
            operation.run(index);
            return true;
        } catch (Exception e) {
            if (errors.incrementAndGet() <= ERRORS_SHOWN) {
                System.err.printf("%s #%d failed: %s%n", name, index, e);
            }
            return false;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
