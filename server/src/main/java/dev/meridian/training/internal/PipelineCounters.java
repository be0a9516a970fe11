package dev.meridian.training.internal;

import dev.meridian.pipeline.BatchOutcome;
import dev.meridian.pipeline.dataset.ProjectOutcome;
import dev.meridian.pipeline.event.ChangeEvent;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What the dataset worker did, counted on /actuator/prometheus: {@code meridian_pipeline_events_total{type, outcome}}
 * (outcome: processed, retried), {@code meridian_pipeline_events_skipped_total{reason}} (duplicate, opted-out),
 * {@code meridian_pipeline_records_total{task}}, {@code meridian_pipeline_rejects_total} and
 * {@code meridian_pipeline_redactions_total{type}}; with the events of the last minute for a rate.
 */
@Component
class PipelineCounters implements DatasetWorkerHandler.BatchListener {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Long> recordsByTask = new ConcurrentHashMap<>();
    private final Map<String, Long> redactionsByType = new ConcurrentHashMap<>();
    private final LastMinute processed;

    PipelineCounters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.processed = new LastMinute(clock);
    }

    @Override
    public void handled(List<ChangeEvent> events, BatchOutcome outcome) {
        int done = 0;
        for (ChangeEvent event : events) {
            boolean retried = outcome.needsRetry(event.eventId());
            counter("meridian.pipeline.events", "Change events the dataset worker handled", "type", event.type().wire(),
                    "outcome", retried ? "retried" : "processed").increment();
            done += retried ? 0 : 1;
        }
        processed.add(done);
        for (ProjectOutcome project : outcome.projects()) {
            skipped("duplicate", project.alreadyProcessed());
            skipped("opted-out", project.optedOut() ? project.eventsProcessed() : 0);
            project.records().forEach((task, count) -> {
                counter("meridian.pipeline.records", "Training records written", "task", task.wire()).increment(count);
                recordsByTask.merge(task.wire(), (long) count, Long::sum);
            });
            if (project.rejected() > 0) {
                counter("meridian.pipeline.rejects", "Records that failed Bedrock's rules, kept in rejects files").increment(project.rejected());
            }
            project.redactions().forEach((type, count) -> {
                counter("meridian.pipeline.redactions", "Personal data and secrets redacted", "type", type.name().toLowerCase(Locale.ROOT))
                        .increment(count);
                redactionsByType.merge(type.name().toLowerCase(Locale.ROOT), count, Long::sum);
            });
        }
    }

    private void skipped(String reason, int count) {
        if (count > 0) {
            counter("meridian.pipeline.events.skipped", "Change events acknowledged without storing anything", "reason", reason)
                    .increment(count);
        }
    }

    private Counter counter(String name, String description, String... tags) {
        return counters.computeIfAbsent(name + String.join(",", tags),
                key -> Counter.builder(name).description(description).tags(tags).register(registry));
    }

    Figures figures() {
        return new Figures(processed.perSecond(), new TreeMap<>(recordsByTask), new TreeMap<>(redactionsByType));
    }

    /** Events per second over the last minute; records and redactions since the start. */
    record Figures(double eventsPerSecond, Map<String, Long> recordsByTask, Map<String, Long> redactionsByType) {
    }
}
