package dev.meridian.training.internal;

import java.time.Clock;

/** A count over the last 60 seconds, in one-second buckets. */
final class LastMinute {

    private static final int SECONDS = 60;

    private final Clock clock;
    private final long[] counts = new long[SECONDS];
    private final long[] stamps = new long[SECONDS];

    LastMinute(Clock clock) {
        this.clock = clock;
    }

    synchronized void add(long count) {
        long second = clock.millis() / 1000;
        int slot = (int) (second % SECONDS);
        if (stamps[slot] != second) {
            stamps[slot] = second;
            counts[slot] = 0;
        }
        counts[slot] += count;
    }

    synchronized double perSecond() {
        long now = clock.millis() / 1000;
        long sum = 0;
        for (int i = 0; i < SECONDS; i++) {
            if (now - stamps[i] < SECONDS) {
                sum += counts[i];
            }
        }
        return sum / (double) SECONDS;
    }
}
