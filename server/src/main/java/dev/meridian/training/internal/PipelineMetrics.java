package dev.meridian.training.internal;

import dev.meridian.events.Outbox;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The flow's depth gauges for /actuator/prometheus: outbox backlog and age, queue visible, in flight, age, DLQ.
 * One scrape reads each source once: the gauges share readings taken at most a second ago.
 */
@Component
class PipelineMetrics implements MeterBinder {

    private final Recent<Outbox.Backlog> backlog;
    private final Recent<QueueStats> stats;

    PipelineMetrics(Outbox outbox, Queue queue) {
        this.backlog = new Recent<>(outbox::backlog);
        this.stats = new Recent<>(queue::stats);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("meridian.outbox.backlog", backlog, b -> b.get().events())
                .description("Change events not yet on the queue").register(registry);
        Gauge.builder("meridian.outbox.oldest.age", backlog, b -> b.get().oldestSeconds()).baseUnit("seconds")
                .description("Age of the oldest change event not yet on the queue").register(registry);
        queueGauge(registry, "meridian.queue.visible", "Messages waiting on the changes queue", QueueStats::visible);
        queueGauge(registry, "meridian.queue.in.flight", "Messages received and not yet deleted", QueueStats::inFlight);
        queueGauge(registry, "meridian.queue.dead.letters", "Messages in the dead-letter queue", QueueStats::deadLetters);
        queueGauge(registry, "meridian.queue.oldest.age", "Age in seconds of the oldest waiting message",
                s -> s.oldestVisibleAge().map(Duration::toMillis).orElse(0L) / 1000.0);
    }

    private void queueGauge(MeterRegistry registry, String name, String description, ToDoubleFunction<QueueStats> value) {
        Gauge.builder(name, stats, s -> value.applyAsDouble(s.get())).description(description).register(registry);
    }

    /** A reading reused for a second, so the gauges of one scrape do not each query the database. */
    private static final class Recent<T> {

        private final Supplier<T> source;
        private T value;
        private long readAt;

        Recent(Supplier<T> source) {
            this.source = source;
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - readAt > 1_000_000_000L) {
                value = source.get();
                readAt = now;
            }
            return value;
        }
    }
}
