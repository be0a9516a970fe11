package dev.meridian.training.internal.jobs;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.MeridianProperties;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.training.ModelKind;
import dev.meridian.training.TrainingProperties;
import dev.meridian.training.internal.registry.ModelRegistry;
import dev.meridian.training.internal.registry.ModelVersion;
import dev.meridian.training.internal.registry.PromotionPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts, runs, cancels and recovers training jobs. Jobs run one at a time on a background thread (two cores are
 * shared with the server); the database allows one running job per project and kind. A job that was running when the
 * server stopped is marked failed at the next start, with the reason, and can be started again.
 */
@Component
public class TrainingJobs implements SmartLifecycle {

    public static final String KIND = "triage-duplicates";
    static final Set<String> KINDS = Set.of(KIND);
    static final Set<String> MODES = Set.of("full", "incremental");
    private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);

    private final JobStore store;
    private final ModelRegistry registry;
    private final Trainer trainer;
    private final ProjectAccess access;
    private final Path models;
    private final TrainingProperties settings;
    private final Map<String, ModelKind> kinds;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService executor;

    TrainingJobs(JobStore store, ModelRegistry registry, Trainer trainer, ProjectAccess access, MeridianProperties meridian,
            TrainingProperties settings, List<ModelKind> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ModelKind::kind, k -> k));
        this.store = store;
        this.registry = registry;
        this.trainer = trainer;
        this.access = access;
        this.models = meridian.dataDir().resolve("models");
        this.settings = settings;
    }

    public TrainingJob start(String project, String kind, String mode, CurrentUser by) {
        if (project == null || project.isBlank()) {
            throw new InvalidInputException("project", "name the project whose model to train");
        }
        var key = access.administer(project, by).key();
        var k = kind == null ? KIND : kind;
        var m = mode == null ? "full" : mode;
        if (!KINDS.contains(k) && !kinds.containsKey(k)) {
            var all = new java.util.TreeSet<>(KINDS);
            all.addAll(kinds.keySet());
            throw new InvalidInputException("kind", "'" + k + "' is not a model kind; choose one of: " + String.join(", ", all));
        }
        if (!MODES.contains(m)) {
            throw new InvalidInputException("mode", "'" + m + "' is not a mode; choose full or incremental");
        }
        return launch(key, k, m, by.id(), null);
    }

    /** Starts a job without a caller to check, for triggers; {@code reason} goes into its log. */
    TrainingJob launch(String projectKey, String kind, String mode, Long actorId, String reason) {
        var job = store.start(projectKey, kind, mode, trainer.name(), actorId);
        if (reason != null) {
            store.log(job.id(), reason);
        }
        inFlight.add(job.id());
        executor.execute(() -> run(job, actorId));
        return job;
    }

    public TrainingJob get(long id, CurrentUser user) {
        return visible(id, user).job();
    }

    public List<TrainingJob> list(String project, CurrentUser user) {
        return store.list(access.browse(project, user).key(), 100);
    }

    /**
     * Takes effect at the job's next checkpoint (a batch of texts embedded, or the end of a training phase). Cancelling
     * a job that has ended returns it as it is.
     */
    public TrainingJob cancel(long id, CurrentUser by) {
        access.requireAdmin(visible(id, by).project());
        return store.requestCancel(id, by.id());
    }

    /** Marks failed the jobs and versions a stopped server left running; not the ones this server runs. */
    public List<Long> recoverInterrupted() {
        var reason = "the server stopped while this job ran; start it again";
        var failed = store.failInterrupted(reason, inFlight);
        if (!failed.isEmpty()) {
            registry.failInterrupted(reason, failed);
            log.warn("Training jobs {} were running when the server stopped; marked failed", failed);
        }
        return failed;
    }

    private Visible visible(long id, CurrentUser user) {
        var job = store.find(id).orElseThrow(() -> new NotFoundException("Training job", id));
        try {
            return new Visible(job, access.browse(job.projectKey(), user));
        } catch (NotFoundException e) {
            throw new NotFoundException("Training job", id);
        }
    }

    private record Visible(TrainingJob job, ProjectRef project) {
    }

    private void run(TrainingJob job, Long actor) {
        if (kinds.containsKey(job.kind())) {
            runKind(job, kinds.get(job.kind()), actor);
            return;
        }
        ModelVersion version = null;
        try {
            var parent = "incremental".equals(job.mode()) ? registry.active(job.projectKey(), job.kind()).orElse(null) : null;
            var mode = parent == null ? "full" : job.mode();
            if (!mode.equals(job.mode())) {
                store.log(job.id(), "no active version to start from: training in full");
            }
            version = registry.begin(job.id(), job.projectKey(), job.kind(), trainer.baseModel(), trainer.name(), mode,
                    parent == null ? null : parent.id(), null, trainer.parameters(), actor);
            store.log(job.id(), "training " + version.label() + " with the " + trainer.name() + " trainer");
            var artifact = models.resolve(job.projectKey()).resolve(job.kind()).resolve(version.label() + ".zip");
            var result = trainer.train(new Trainer.Request(job.projectKey(), job.kind(), mode, version.label(), artifact, parent),
                    new JobProgress(store, job.id()));
            var candidate = registry.completed(version.id(), result.metrics(), artifact.toString(), result.dataChecksum(),
                    result.trainedThrough(), actor);
            store.log(job.id(), "registered " + candidate.label() + " as a candidate");
            promoteIfBetter(job, candidate, actor);
            store.finish(job.id(), JobStatus.SUCCEEDED, null);
        } catch (Trainer.Cancelled e) {
            end(job, version, JobStatus.CANCELLED, e.getMessage(), actor);
        } catch (Trainer.Refused e) {
            end(job, version, JobStatus.FAILED, e.getMessage(), actor);
        } catch (RuntimeException | Error e) {
            log.warn("Training job {} failed", job.id(), e);
            end(job, version, JobStatus.FAILED, "training failed: " + e, actor);
        } finally {
            inFlight.remove(job.id());
        }
    }

    /** A kind another module trains (always in full: it is small); registered and promoted like any other. */
    private void runKind(TrainingJob job, ModelKind kind, Long actor) {
        ModelVersion version = null;
        try {
            version = registry.begin(job.id(), job.projectKey(), job.kind(), kind.baseModel(), "local", "full", null, null,
                    kind.parameters(), actor);
            store.log(job.id(), "training " + version.label());
            var artifact = models.resolve(job.projectKey()).resolve(job.kind()).resolve(version.label() + ".bin");
            var result = kind.train(job.projectKey(), artifact, line -> store.log(job.id(), line));
            var candidate = registry.completed(version.id(), result.metrics(), artifact.toString(), result.dataChecksum(),
                    result.trainedThrough(), actor);
            store.log(job.id(), "registered " + candidate.label() + " as a candidate");
            promoteIfBetter(job, candidate, new PromotionPolicy(kind.primaryMetric(), kind.promotionMargin(),
                    settings.regressionTolerance()), actor);
            store.finish(job.id(), JobStatus.SUCCEEDED, null);
        } catch (IllegalStateException e) {
            end(job, version, JobStatus.FAILED, e.getMessage(), actor);
        } catch (RuntimeException | Error e) {
            log.warn("Training job {} failed", job.id(), e);
            end(job, version, JobStatus.FAILED, "training failed: " + e, actor);
        } finally {
            inFlight.remove(job.id());
        }
    }

    private void promoteIfBetter(TrainingJob job, ModelVersion candidate, Long actor) {
        promoteIfBetter(job, candidate, new PromotionPolicy(PromotionPolicy.PRIMARY_METRIC, settings.promotionMargin(),
                settings.regressionTolerance()), actor);
    }

    private void promoteIfBetter(TrainingJob job, ModelVersion candidate, PromotionPolicy policy, Long actor) {
        if (!settings.autoPromote()) {
            store.log(job.id(), "automatic promotion is off (MERIDIAN_PROMOTION_AUTO=false); promote it by hand");
            return;
        }
        var active = registry.active(job.projectKey(), job.kind());
        var decision = policy.decide(candidate.metrics(), active.map(ModelVersion::metrics).orElse(null));
        if (decision.promote()) {
            registry.promote(candidate.id(), decision.explain(), actor);
        }
        store.log(job.id(), candidate.label() + " " + decision.explain());
    }

    private void end(TrainingJob job, ModelVersion version, JobStatus status, String reason, Long actor) {
        try {
            if (version != null) {
                registry.failed(version.id(), reason, actor);
            }
            store.finish(job.id(), status, reason);
        } catch (RuntimeException e) {
            log.error("Could not record the end of training job {}", job.id(), e);
        }
    }

    @Override
    public synchronized void start() {
        recoverInterrupted();
        executor = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "training-job");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
