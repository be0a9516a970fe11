package dev.meridian.training.internal;

import dev.meridian.pipeline.BatchOutcome;
import dev.meridian.pipeline.dataset.ProjectOutcome;
import dev.meridian.pipeline.event.ChangeEvent;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.PipelineLeader;
import dev.meridian.platform.PipelineProperties;
import dev.meridian.training.DatasetSnapshots;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * When snapshots are sealed without anyone asking: once {@code MERIDIAN_SNAPSHOT_EVERY_RECORDS} new records of a
 * project were stored by this server's worker, and on {@code MERIDIAN_SNAPSHOT_SCHEDULE}, which also applies retention.
 * The record count is kept in the database ({@link PendingRecords}): a restart continues it, and seals at start what a
 * restart interrupted. With the worker on AWS Lambda nothing is counted here: the schedule seals. Of several servers,
 * the one that {@link PipelineLeader leads} seals.
 */
@Component
class SnapshotTriggers implements DatasetWorkerHandler.BatchListener, SmartLifecycle {

    static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SnapshotTriggers.class);

    private final DatasetSnapshots snapshots;
    private final ObjectStore store;
    private final PipelineProperties.Snapshots settings;
    private final boolean enabled;
    private final Clock clock;
    private final PendingRecords pending;
    private final PipelineLeader leader;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> lastCounted = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "dataset-snapshots");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;
    private volatile Instant nextRun;

    SnapshotTriggers(DatasetSnapshots snapshots, ObjectStore datasetStore, PipelineProperties pipeline, Clock clock,
            PendingRecords pending, PipelineLeader leader) {
        this.snapshots = snapshots;
        this.leader = leader;
        this.pending = pending;
        this.store = datasetStore;
        this.settings = pipeline.snapshots();
        this.enabled = pipeline.enabled();
        this.clock = clock;
    }

    @Override
    public void handled(List<ChangeEvent> events, BatchOutcome outcome) {
        if (settings.everyRecords() <= 0) {
            return;
        }
        for (ProjectOutcome project : outcome.projects()) {
            long written = project.records().values().stream().mapToLong(Integer::longValue).sum();
            if (written > 0 && pending.add(project.project(), written) >= settings.everyRecords()) {
                sealCounted(project.project());
            }
        }
    }

    /**
     * One sealing per project waits at a time, and the count seals a project at most once per {@link #MIN_INTERVAL}:
     * sealing rewrites the project's whole dataset, so at thousands of events per second a seal per few thousand
     * records would take the worker's CPU. Records arriving meanwhile wait for the next one.
     */
    private void sealCounted(String project) {
        if (queued.add(project)) {
            var last = lastCounted.get(project);
            long delay = last == null ? 0 : Math.max(0, Duration.between(clock.instant(), last.plus(MIN_INTERVAL)).toMillis());
            executor.schedule(() -> {
                queued.remove(project);
                if (!leader.leads()) {
                    return;
                }
                lastCounted.put(project, clock.instant());
                long counted = pending.of(project);
                if (sealQuietly(project)) {
                    pending.sealed(project, counted);
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Records stored since the record count last sealed a snapshot of the project. */
    long pending(String project) {
        return pending.of(project);
    }

    /** Seals every project with stored records (a no-op for those with nothing new) and applies retention. */
    int sealAll() {
        var projects = new TreeSet<String>();
        for (String prefix : List.of("datasets/", "snapshots/")) {
            store.list(prefix).forEach(key -> projects.add(key.substring(prefix.length(), key.indexOf('/', prefix.length()))));
        }
        projects.forEach(project -> {
            sealQuietly(project);
            snapshots.applyRetention(project);
        });
        return projects.size();
    }

    private boolean sealQuietly(String project) {
        try {
            snapshots.seal(project);
            return true;
        } catch (RuntimeException e) {
            log.warn("Sealing a dataset snapshot of {} failed; the next trigger tries again: {}", project, e.getMessage());
            return false;
        }
    }

    Optional<Instant> nextRun() {
        return Optional.ofNullable(nextRun);
    }

    @Override
    public void start() {
        running = true;
        if (enabled && settings.everyRecords() > 0) {
            pending.atLeast(settings.everyRecords()).forEach(this::sealCounted);
        }
        if (enabled && settings.scheduled()) {
            scheduleNext();
        }
    }

    private void scheduleNext() {
        var now = clock.instant();
        var next = CronExpression.parse(settings.schedule()).next(now.atZone(ZoneOffset.UTC));
        if (next == null || !running) {
            nextRun = null;
            return;
        }
        nextRun = next.toInstant();
        executor.schedule(() -> {
            try {
                if (leader.leads()) {
                    sealAll();
                }
            } catch (RuntimeException e) {
                log.warn("Scheduled sealing of dataset snapshots failed: {}", e.getMessage());
            } finally {
                scheduleNext();
            }
        }, Math.max(0, Duration.between(now, nextRun).toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
