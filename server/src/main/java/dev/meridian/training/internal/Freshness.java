package dev.meridian.training.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How fresh the training data is: for every event the worker stored, the time from its change (the outbox row's
 * {@code occurred_at}, its transaction's start) to its records being stored. On /actuator/prometheus as the histogram
 * {@code meridian_pipeline_freshness_seconds} and the counter {@code meridian_pipeline_events_stored_total}.
 */
@Component
class Freshness {

    private final Timer timer;
    private final Counter stored;
    private final Clock clock;
    private final AtomicLong receivedAgeMillis = new AtomicLong();

    Freshness(MeterRegistry registry, Clock clock) {
        this.timer = Timer.builder("meridian.pipeline.freshness")
                .description("From a change's commit to its training records being stored")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
        this.stored = Counter.builder("meridian.pipeline.events.stored")
                .description("Change events the dataset worker has stored").register(registry);
        this.clock = clock;
        Gauge.builder("meridian.queue.received.age", receivedAgeMillis, age -> age.get() / 1000.0).baseUnit("seconds")
                .description("Age of the oldest message in the worker's latest batch when it was received (SQS publishes the "
                        + "age of the oldest waiting message only to CloudWatch)").register(registry);
    }

    /** The oldest message of a batch just received was sent at {@code sentAt}. */
    void received(Instant sentAt) {
        receivedAgeMillis.set(Math.max(0, Duration.between(sentAt, clock.instant()).toMillis()));
    }

    double receivedAgeSeconds() {
        return receivedAgeMillis.get() / 1000.0;
    }

    void stored(Instant occurredAt) {
        timer.record(Duration.between(occurredAt, clock.instant()));
        stored.increment();
    }

    /** Median and 99th percentile over the last few minutes, in seconds, and the events stored since the start. */
    Figures figures() {
        var snapshot = timer.takeSnapshot();
        double p50 = 0;
        double p99 = 0;
        for (ValueAtPercentile value : snapshot.percentileValues()) {
            if (value.percentile() == 0.5) {
                p50 = value.value(TimeUnit.SECONDS);
            } else if (value.percentile() == 0.99) {
                p99 = value.value(TimeUnit.SECONDS);
            }
        }
        return new Figures(p50, p99, (long) stored.count());
    }

    record Figures(double p50Seconds, double p99Seconds, long eventsStored) {
    }
}
