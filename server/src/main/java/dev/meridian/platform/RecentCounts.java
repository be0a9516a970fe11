package dev.meridian.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in any {@code window} (a sliding window, in this server's memory). A key whose
 * events have all left the window is forgotten, so keys chosen by strangers (emails tried at login) cannot fill memory.
 */
public final class RecentCounts<K> {

    private static final int SWEEP_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<K, ArrayDeque<Instant>> events = new ConcurrentHashMap<>();

    public RecentCounts(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Zero when the key has room for one more event now; otherwise how long until it has. */
    public Duration waitFor(K key) {
        var now = Instant.now(clock);
        var wait = new Duration[] {Duration.ZERO};
        events.computeIfPresent(key, (k, times) -> {
            drop(times, now);
            wait[0] = waitFor(times, now);
            return times.isEmpty() ? null : times;
        });
        return wait[0];
    }

    /** Counts one event for the key if it has room ({@link Duration#ZERO}); otherwise counts nothing and says the wait. */
    public Duration take(K key) {
        var now = Instant.now(clock);
        var wait = new Duration[] {Duration.ZERO};
        events.compute(key, (k, times) -> {
            var kept = times == null ? new ArrayDeque<Instant>() : times;
            drop(kept, now);
            wait[0] = waitFor(kept, now);
            if (wait[0].isZero()) {
                kept.addLast(now);
            }
            return kept.isEmpty() ? null : kept;
        });
        if (events.size() > SWEEP_ABOVE) {
            events.keySet().forEach(this::waitFor);
        }
        return wait[0];
    }

    public void forget(K key) {
        events.remove(key);
    }

    private void drop(ArrayDeque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
    }

    private Duration waitFor(ArrayDeque<Instant> times, Instant now) {
        return times.size() < limit ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
    }
}
