package dev.meridian.training.internal;

import dev.meridian.events.Outbox;
import dev.meridian.identity.CurrentUser;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.PipelineLeader;
import dev.meridian.platform.PipelineProperties;
import java.time.Instant;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the training-data flow stands: what waits in the outbox, on the queue, and in the dead-letter queue, what the
 * worker did (events per second, records by task, redactions by type), how fresh the stored training data is, and
 * when snapshots are sealed; and whether this server runs the flow ({@code leader}) or another server on the database does.
 */
@RestController
class PipelineStatusController {

    private final Outbox outbox;
    private final Queue queue;
    private final Freshness freshness;
    private final PipelineCounters counters;
    private final SnapshotTriggers triggers;
    private final PipelineProperties pipeline;
    private final PipelineLeader leader;

    PipelineStatusController(Outbox outbox, Queue queue, Freshness freshness, PipelineCounters counters, SnapshotTriggers triggers,
            PipelineProperties pipeline, PipelineLeader leader) {
        this.leader = leader;
        this.outbox = outbox;
        this.queue = queue;
        this.freshness = freshness;
        this.counters = counters;
        this.triggers = triggers;
        this.pipeline = pipeline;
    }

    @GetMapping("/api/v1/pipeline/status")
    PipelineStatus status(CurrentUser user) {
        if (!user.siteAdmin()) {
            throw new ForbiddenException("Only site administrators can see the pipeline");
        }
        var stats = queue.stats();
        var snapshots = pipeline.snapshots();
        return new PipelineStatus(pipeline.enabled(), pipeline.enabled() && leader.leads(), pipeline.queue().kind().name().toLowerCase(Locale.ROOT),
                pipeline.workerConcurrency(), outbox.backlog(),
                new PipelineStatus.QueueFigures(stats.visible(), stats.inFlight(),
                        stats.oldestVisibleAge().map(d -> d.toMillis() / 1000.0).orElse(0.0), freshness.receivedAgeSeconds(),
                        stats.deadLetters()),
                counters.figures(), freshness.figures(),
                new PipelineStatus.SnapshotSettings(snapshots.everyRecords(), snapshots.scheduled() ? snapshots.schedule() : null,
                        triggers.nextRun().orElse(null), snapshots.keep(), snapshots.validationPercent()));
    }

    record PipelineStatus(boolean enabled, boolean leader, String queueType, int workerConcurrency, Outbox.Backlog outbox, QueueFigures queue,
            PipelineCounters.Figures worker, Freshness.Figures freshness, SnapshotSettings snapshots) {

        /** {@code receivedAgeSeconds}: the oldest message of the worker's latest batch, when received (also on SQS). */
        record QueueFigures(long visible, long inFlight, double oldestVisibleSeconds, double receivedAgeSeconds, long deadLetters) {
        }

        record SnapshotSettings(int everyRecords, String schedule, Instant nextRun, int keep, int validationPercent) {
        }
    }
}
