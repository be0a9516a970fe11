package dev.meridian.training.internal;

import dev.meridian.events.Outbox;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/** The flow's depth gauges for /actuator/prometheus: outbox backlog and age, queue visible, in flight, age, DLQ. */
@Component
class PipelineMetrics implements MeterBinder {

    private final Outbox outbox;
    private final Queue queue;

    PipelineMetrics(Outbox outbox, Queue queue) {
        this.outbox = outbox;
        this.queue = queue;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("meridian.outbox.backlog", outbox, o -> o.backlog().events())
                .description("Change events not yet on the queue").register(registry);
        Gauge.builder("meridian.outbox.oldest.age", outbox, o -> o.backlog().oldestSeconds()).baseUnit("seconds")
                .description("Age of the oldest change event not yet on the queue").register(registry);
        queueGauge(registry, "meridian.queue.visible", "Messages waiting on the changes queue", QueueStats::visible);
        queueGauge(registry, "meridian.queue.in.flight", "Messages received and not yet deleted", QueueStats::inFlight);
        queueGauge(registry, "meridian.queue.dead.letters", "Messages in the dead-letter queue", QueueStats::deadLetters);
        queueGauge(registry, "meridian.queue.oldest.age", "Age in seconds of the oldest waiting message",
                s -> s.oldestVisibleAge().map(Duration::toMillis).orElse(0L) / 1000.0);
    }

    private void queueGauge(MeterRegistry registry, String name, String description, ToDoubleFunction<QueueStats> value) {
        Gauge.builder(name, queue, q -> value.applyAsDouble(q.stats())).description(description).register(registry);
    }
}
