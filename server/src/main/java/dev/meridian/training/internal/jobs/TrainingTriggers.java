package dev.meridian.training.internal.jobs;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueCorpus;
import dev.meridian.platform.ConflictException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.training.TrainingProperties;
import dev.meridian.training.internal.Periodic;
import dev.meridian.training.internal.registry.ModelRegistry;
import dev.meridian.training.internal.registry.ModelVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Training without anyone asking: an incremental job once enough issues changed since the active version was trained,
 * a full one once it is older than the schedule. Projects without an active version wait for a first, manual, job.
 */
@Component
class TrainingTriggers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrainingTriggers.class);

    private final TrainingJobs jobs;
    private final ModelRegistry registry;
    private final IssueCorpus corpus;
    private final ProjectAccess access;
    private final TrainingProperties settings;
    private final Clock clock;
    private final Periodic loop = new Periodic("training-triggers");

    TrainingTriggers(TrainingJobs jobs, ModelRegistry registry, IssueCorpus corpus, ProjectAccess access,
            TrainingProperties settings, Clock clock) {
        this.jobs = jobs;
        this.registry = registry;
        this.corpus = corpus;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** How far the project's data has moved on since its active model was trained. */
    record Staleness(String projectKey, String activeVersion, Instant trainedThrough, long changedIssues,
            Long secondsSinceTrained) {
    }

    Staleness staleness(String project, CurrentUser user) {
        var key = access.browse(project, user).key();
        return staleness(key, registry.active(key, TrainingJobs.KIND));
    }

    private Staleness staleness(String key, Optional<ModelVersion> active) {
        var through = active.map(ModelVersion::trainedThrough).orElse(null);
        var finished = active.map(ModelVersion::finishedAt).orElse(null);
        return new Staleness(key, active.map(ModelVersion::label).orElse(null), through, corpus.changedSince(key, through),
                finished == null ? null : Duration.between(finished, clock.instant()).toSeconds());
    }

    /** Starts the job the triggers call for in this project, if any; empty when none is due or one is running. */
    Optional<TrainingJob> check(ModelVersion active, int newRecords, int scheduleHours) {
        var stale = staleness(active.projectKey(), Optional.of(active));
        String mode = null;
        String reason = null;
        if (scheduleHours > 0 && stale.secondsSinceTrained() != null && stale.secondsSinceTrained() >= scheduleHours * 3600L) {
            mode = "full";
            reason = "triggered by the schedule: " + active.label() + " is older than " + scheduleHours + " h";
        } else if (newRecords > 0 && stale.changedIssues() >= newRecords) {
            mode = "incremental";
            reason = "triggered by " + stale.changedIssues() + " new or changed issues since " + active.label()
                    + " was trained (threshold " + newRecords + ")";
        }
        if (mode == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(jobs.launch(active.projectKey(), active.kind(), mode, null, reason));
        } catch (ConflictException running) {
            return Optional.empty();
        }
    }

    private void checkAll() {
        try {
            registry.actives().forEach(active -> check(active, settings.newRecords(), settings.scheduleHours()));
        } catch (RuntimeException e) {
            log.warn("Training triggers could not be checked; trying again later: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (settings.newRecords() <= 0 && settings.scheduleHours() <= 0) {
            return;
        }
        long every = Math.max(1, settings.checkSeconds());
        loop.start(this::checkAll, every, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
