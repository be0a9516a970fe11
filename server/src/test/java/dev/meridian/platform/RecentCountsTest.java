package dev.meridian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentCountsTest {

    private final Ticking clock = new Ticking();
    private final RecentCounts<String> counts = new RecentCounts<>(3, Duration.ofMinutes(1), clock);

    @Test
    void refusesTheEventOverTheLimitAndSaysWhenTheOldestLeavesTheWindow() {
        assertThat(counts.take("ana")).isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(counts.take("ana")).isZero();
        assertThat(counts.take("ana")).isZero();
        assertThat(counts.waitFor("ana")).isEqualTo(Duration.ofSeconds(50));
        assertThat(counts.take("ana")).isEqualTo(Duration.ofSeconds(50));
        assertThat(counts.take("bob")).as("another key has its own window").isZero();

        clock.advance(Duration.ofSeconds(50));
        assertThat(counts.waitFor("ana")).as("the refused event was not counted").isZero();
        assertThat(counts.take("ana")).isZero();
        assertThat(counts.take("ana")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void startsAgainFromNothingOnceAKeyIsForgotten() {
        counts.take("ana");
        counts.take("ana");
        counts.take("ana");
        counts.forget("ana");
        assertThat(counts.waitFor("ana")).isZero();
        assertThat(counts.waitFor("never seen")).isZero();
    }

    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-11-26T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
