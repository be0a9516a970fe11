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
import dev.meridian.platform.ProblemException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Starts, runs, cancels and recovers training jobs. Each trainer runs its jobs one at a time on a background thread of
 * its own (two cores are shared with the server; a Bedrock job that waits for hours does not hold up local ones); the
 * database allows one running job per project and kind. Each job names the server that runs it, which beats a
 * heartbeat into its row; a job whose server stopped beating is marked failed, with the reason, by any server of the
 * same database, and can be started again.
 */
@Component
public class TrainingJobs implements SmartLifecycle {

    public static final String KIND = "triage-duplicates";
    static final List<String> KINDS = List.of(KIND, BedrockTrainer.KIND);
    static final Set<String> MODES = Set.of("full", "incremental");
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** A running job whose server has not beaten for this long is taken for dead. */
    static final Duration STALE = Duration.ofMinutes(2);
    private static final String LOCAL = "local";
    private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);

    private final JobStore store;
    private final ModelRegistry registry;
    private final Map<String, Trainer> trainers = new LinkedHashMap<>();
    private final TrainingData data;
    private final ProjectAccess access;
    private final Path models;
    private final TrainingProperties settings;
    private final Map<String, ModelKind> kinds;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, ExecutorService> executors = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService heartbeat;

    TrainingJobs(JobStore store, ModelRegistry registry, List<Trainer> trainers, TrainingData data, ProjectAccess access,
            MeridianProperties meridian, TrainingProperties settings, List<ModelKind> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ModelKind::kind, k -> k));
        this.store = store;
        this.registry = registry;
        trainers.forEach(trainer -> trainer.kinds().forEach(kind -> this.trainers.put(kind, trainer)));
        this.data = data;
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
        if (kinds.containsKey(k)) {
            return launch(key, k, m, by.id(), null, null);
        }
        var trainer = trainer(k);
        Trainer.Lineage lineage;
        try {
            lineage = trainer.check(key);
        } catch (Trainer.Refused e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()).with("limit", e.limit())
                    .with("trainer", trainer.name());
        }
        return launch(key, k, m, by.id(), null, lineage);
    }

    /** Starts a job without a caller to check, for triggers; {@code reason} goes into its log. */
    TrainingJob launch(String projectKey, String kind, String mode, Long actorId, String reason) {
        return launch(projectKey, kind, mode, actorId, reason, null);
    }

    private TrainingJob launch(String projectKey, String kind, String mode, Long actorId, String reason, Trainer.Lineage lineage) {
        if (kinds.containsKey(kind)) {
            var job = store.start(projectKey, kind, mode, LOCAL, actorId, owner);
            inFlight.add(job.id());
            executors.computeIfAbsent(LOCAL, TrainingJobs::executor).execute(() -> runKind(job, kinds.get(kind), actorId));
            return job;
        }
        var trainer = trainer(kind);
        var job = store.start(projectKey, kind, mode, trainer.name(), actorId, owner);
        if (reason != null) {
            store.log(job.id(), reason);
        }
        inFlight.add(job.id());
        executors.computeIfAbsent(trainer.name(), TrainingJobs::executor).execute(() -> run(job, trainer, lineage, actorId));
        return job;
    }

    private Trainer trainer(String kind) {
        var trainer = trainers.get(kind);
        if (trainer == null) {
            throw new InvalidInputException("kind", "no trainer makes '" + kind + "' models here: the " + BedrockTrainer.KIND
                    + " kind is trained by Amazon Bedrock (MERIDIAN_TRAINER=bedrock)");
        }
        return trainer;
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

    /**
     * Marks failed the jobs and versions a stopped server left running: jobs this server does not run whose server has
     * not beaten for {@link #STALE} (or never did). Another live server's jobs are left alone.
     */
    public List<Long> recoverInterrupted() {
        return recoverInterrupted(STALE);
    }

    List<Long> recoverInterrupted(Duration stale) {
        store.interrupted(inFlight, stale).forEach(job -> follow(job, stale));
        var reason = "the server running this job stopped (no heartbeat for " + STALE.toMinutes() + " minutes); start it again";
        var failed = store.failInterrupted(reason, inFlight, stale);
        if (!failed.isEmpty()) {
            registry.failInterrupted(reason, failed);
            log.warn("Training jobs {} were running when the server stopped; marked failed", failed);
        }
        return failed;
    }

    /**
     * A job the engine runs outside the server (Bedrock) goes on there when its server stops: this server takes it over
     * (one server only: the first to mark it as its own) and follows it to its end, instead of failing it.
     */
    private void follow(TrainingJob job, Duration stale) {
        var trainer = trainers.get(job.kind());
        if (trainer == null || !trainer.resumes() || job.modelVersionId() == null) {
            return;
        }
        var version = registry.find(job.modelVersionId()).filter(v -> v.externalJob() != null);
        if (version.isEmpty() || !store.adopt(job.id(), owner, stale)) {
            return;
        }
        inFlight.add(job.id());
        store.log(job.id(), "the server running this job stopped; " + owner + " follows " + version.get().externalJob() + " on");
        executors.computeIfAbsent(trainer.name(), TrainingJobs::executor).execute(() -> resume(job, trainer, version.get()));
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

    private void run(TrainingJob job, Trainer trainer, Trainer.Lineage checked, Long actor) {
        attempt(job, actor, version -> {
            var lineage = checked != null ? checked : lineage(job, trainer);
            var warmStarts = trainer instanceof LocalTrainer;
            var parent = warmStarts && "incremental".equals(job.mode()) ? registry.active(job.projectKey(), job.kind()).orElse(null) : null;
            var mode = parent == null ? "full" : job.mode();
            if (!mode.equals(job.mode())) {
                store.ranIn(job.id(), mode, warmStarts ? "no active version to start from: training in full"
                        : "the " + trainer.name() + " trainer always trains in full");
            }
            version.set(registry.begin(job.id(), job.projectKey(), job.kind(), trainer.baseModel(), trainer.name(), mode,
                    parent == null ? null : parent.id(), lineage == null ? null : lineage.snapshotId(),
                    lineage == null ? null : lineage.manifestSha256(), trainer.parameters(), actor));
            store.log(job.id(), "training " + version.get().label() + " with the " + trainer.name() + " trainer"
                    + (lineage == null ? "; no sealed dataset snapshot to record as lineage (the pipeline stored no records)"
                            : " on dataset snapshot " + lineage.snapshotId() + " (manifest sha256 " + lineage.manifestSha256() + ")"));
            return trainer.train(new Trainer.Request(job.projectKey(), job.kind(), mode, version.get().label(), artifact(job, version.get()),
                    parent, lineage), progress(job, version.get()));
        });
    }

    /** Follows to its end a job the engine runs outside the server, taken over from a server that stopped. */
    private void resume(TrainingJob job, Trainer trainer, ModelVersion version) {
        attempt(job, job.requestedBy(), begun -> {
            begun.set(version);
            var lineage = version.datasetSnapshot() == null ? null : data.sealed(job.projectKey(), version.datasetSnapshot()).orElse(null);
            return trainer.resume(new Trainer.Request(job.projectKey(), job.kind(), version.mode(), version.label(), artifact(job, version),
                    null, lineage), version.externalJob(), progress(job, version));
        });
    }

    /**
     * Runs {@code training} (which sets the version it began) and records how it ended: a candidate registered, and
     * promoted if better, or the job and its version failed or cancelled with the reason.
     */
    private void attempt(TrainingJob job, Long actor, Function<AtomicReference<ModelVersion>, Trainer.Result> training) {
        var version = new AtomicReference<ModelVersion>();
        try {
            var result = training.apply(version);
            var candidate = registry.completed(version.get().id(), result.metrics(), result.artifact(), result.dataChecksum(),
                    result.trainedThrough(), result.externalJob(), result.inferenceTarget(), actor);
            store.log(job.id(), "registered " + candidate.label() + " as a candidate");
            promoteIfBetter(job, candidate, actor);
            store.finish(job.id(), JobStatus.SUCCEEDED, null);
        } catch (Trainer.Cancelled e) {
            end(job, version.get(), JobStatus.CANCELLED, e.getMessage(), actor);
        } catch (Trainer.Refused | Trainer.Failed e) {
            end(job, version.get(), JobStatus.FAILED, e.getMessage(), actor);
        } catch (RuntimeException | Error e) {
            log.warn("Training job {} failed", job.id(), e);
            end(job, version.get(), JobStatus.FAILED, "training failed: " + e, actor);
        } finally {
            inFlight.remove(job.id());
        }
    }

    private Path artifact(TrainingJob job, ModelVersion version) {
        return models.resolve(job.projectKey()).resolve(job.kind()).resolve(version.label() + ".zip");
    }

    /** The job's progress; the engine's job id is kept on the version as soon as it is known. */
    private JobProgress progress(TrainingJob job, ModelVersion version) {
        return new JobProgress(store, job.id(), externalJob -> registry.externalJob(version.id(), externalJob));
    }

    /** The snapshot a job the API did not check trains from: the trainer's own check, else the latest sealed one. */
    private Trainer.Lineage lineage(TrainingJob job, Trainer trainer) {
        var checked = trainer.check(job.projectKey());
        return checked != null ? checked : data.seal(job.projectKey()).orElse(null);
    }

    /** A kind another module trains (always in full: it is small); registered and promoted like any other. */
    private void runKind(TrainingJob job, ModelKind kind, Long actor) {
        ModelVersion version = null;
        try {
            version = registry.begin(job.id(), job.projectKey(), job.kind(), kind.baseModel(), LOCAL, "full", null, null, null,
                    kind.parameters(), actor);
            store.log(job.id(), "training " + version.label());
            var artifact = models.resolve(job.projectKey()).resolve(job.kind()).resolve(version.label() + ".bin");
            var result = kind.train(job.projectKey(), artifact, line -> store.log(job.id(), line));
            var candidate = registry.completed(version.id(), result.metrics(), artifact.toString(), result.dataChecksum(),
                    result.trainedThrough(), null, null, actor);
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
        promoteIfBetter(job, candidate, new PromotionPolicy(PromotionPolicy.primaryMetric(job.kind()), settings.promotionMargin(),
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

    /** This server's jobs are alive; other servers' dead ones are failed. */
    void beat() {
        try {
            store.heartbeat(owner, inFlight);
            recoverInterrupted();
        } catch (RuntimeException e) {
            log.warn("Training job heartbeat failed", e);
        }
    }

    private static ExecutorService executor(String trainer) {
        return Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "training-job-" + trainer);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    @Override
    public synchronized void start() {
        recoverInterrupted();
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "training-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        executors.values().forEach(ExecutorService::shutdownNow);
        executors.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeat != null;
    }
}
