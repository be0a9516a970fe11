package dev.meridian.training.internal.inference;

import dev.meridian.events.Outbox;
import dev.meridian.issues.IssueCorpus;
import dev.meridian.ml.Embedder;
import dev.meridian.ml.LocalModel;
import dev.meridian.training.NoActiveModelException;
import dev.meridian.training.TrainingProperties;
import dev.meridian.training.internal.Periodic;
import dev.meridian.training.internal.jobs.TrainingJobs;
import dev.meridian.training.internal.registry.ModelRegistry;
import dev.meridian.training.internal.registry.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One loaded {@link ProjectIndex} per project, for its active version: built in the background when the server starts
 * and whenever a version becomes active (so nobody's first suggestion waits seconds for it), else on first use; then
 * kept current by tailing the outbox, so an issue created a moment ago is found. Reading the outbox rather than
 * listening in-process means changes made through another server of the same database count too.
 */
@Component
public class LiveIndexes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveIndexes.class);
    private static final int BATCH = 500;
    private static final java.util.Set<String> ACTIVATIONS = java.util.Set.of("model.promoted", "model.rolled-back");

    private final ModelRegistry registry;
    private final IssueCorpus corpus;
    private final Embedder embedder;
    private final Outbox outbox;
    private final TrainingProperties settings;
    private final long intervalMs;
    private final Map<String, ProjectIndex> loaded = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Periodic loop = new Periodic("similar-issues-follower");
    private ExecutorService warmer;
    private volatile Outbox.Position position;

    LiveIndexes(ModelRegistry registry, IssueCorpus corpus, Embedder embedder, Outbox outbox, TrainingProperties settings,
            @Value("${meridian.training.follow-interval-ms:200}") long intervalMs) {
        this.registry = registry;
        this.corpus = corpus;
        this.embedder = embedder;
        this.outbox = outbox;
        this.settings = settings;
        this.intervalMs = intervalMs;
    }

    /**
     * The index of the project's active version. Once loaded it is used without asking the database: a promotion or
     * rollback reaches it through the outbox (within ~200 ms), and every answer names the version it came from.
     */
    public ProjectIndex forProject(String projectKey) {
        var index = loaded.get(projectKey);
        return index != null ? index : reload(projectKey);
    }

    /** The label of the version whose index is loaded for the project, if any. */
    public java.util.Optional<String> loadedVersion(String projectKey) {
        return java.util.Optional.ofNullable(loaded.get(projectKey)).map(ProjectIndex::label);
    }

    /** Forgets the project's loaded index: the next request reads the active version's artifact again, as after a restart. */
    public void unload(String projectKey) {
        synchronized (locks.computeIfAbsent(projectKey, k -> new Object())) {
            loaded.remove(projectKey);
        }
    }

    /** Builds the index of the project's active version unless that version is the one loaded. */
    private ProjectIndex reload(String projectKey) {
        var active = registry.active(projectKey, TrainingJobs.KIND).orElseThrow(() -> new NoActiveModelException(projectKey));
        synchronized (locks.computeIfAbsent(projectKey, k -> new Object())) {
            ProjectIndex index;
            index = loaded.get(projectKey);
            if (index == null || index.versionId() != active.id()) {
                index = build(active);
            }
            return index;
        }
    }

    /** Makes sure the issue is indexed as it is now, whatever the outbox tail has reached. */
    public void refresh(ProjectIndex index, String key) {
        corpus.issue(key).ifPresentOrElse(index::put, () -> index.remove(key));
    }

    private ProjectIndex build(ModelVersion version) {
        long started = System.nanoTime();
        var from = outbox.head();
        LocalModel model;
        try {
            model = LocalModel.load(Path.of(version.artifact()));
        } catch (IOException e) {
            throw new UncheckedIOException("Model " + version.label() + " cannot be read from " + version.artifact(), e);
        }
        var index = new ProjectIndex(version.projectKey(), version.id(), version.label(), model,
                corpus.issues(version.projectKey()), embedder, settings.fields());
        loaded.put(version.projectKey(), index);
        apply(outbox.after(from, BATCH));
        log.info("Loaded {} over the issues of {} in {} ms", version.label(), version.projectKey(),
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    private void poll() {
        try {
            for (var notices = outbox.after(position, BATCH); !notices.isEmpty(); notices = outbox.after(position, BATCH)) {
                apply(notices);
                position = notices.get(notices.size() - 1).position();
                if (notices.size() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Similar-issue indexes could not follow the outbox; trying again: {}", e.toString());
        }
    }

    /** Issue changes go into the project's index; a promotion or rollback rebuilds it here, not in a user's request. */
    private void apply(List<Outbox.Notice> notices) {
        for (var notice : notices) {
            var index = notice.projectKey() == null ? null : loaded.get(notice.projectKey());
            if (index != null && "issue".equals(notice.aggregateType())) {
                refresh(index, notice.aggregateId());
            } else if (notice.projectKey() != null && ACTIVATIONS.contains(notice.type())) {
                warm(notice.projectKey());
            }
        }
    }

    /** Builds the project's index off the follower thread (a big project takes seconds), if it has an active version. */
    private synchronized void warm(String projectKey) {
        if (warmer == null) {
            return;
        }
        warmer.execute(() -> {
            try {
                if (registry.active(projectKey, TrainingJobs.KIND).isPresent()) {
                    reload(projectKey);
                }
            } catch (RuntimeException e) {
                // The index loaded before (another version) must not go on answering: the next request reads the active
                // version itself, and marks it broken if its artifact is gone.
                unload(projectKey);
                log.warn("The similar-issues index of {} could not be built ahead of use; the first request will: {}", projectKey, e.toString());
            }
        });
    }

    @Override
    public synchronized void start() {
        position = outbox.head();
        // Spring pauses and restarts lifecycles (e.g. cached test contexts), so each start gets a new thread
        warmer = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "similar-issues-warmer");
            t.setDaemon(true);
            return t;
        });
        loop.start(this::poll, intervalMs, TimeUnit.MILLISECONDS);
        registry.actives().stream().filter(v -> TrainingJobs.KIND.equals(v.kind())).forEach(v -> warm(v.projectKey()));
    }

    @Override
    public synchronized void stop() {
        loop.stop();
        if (warmer != null) {
            warmer.shutdownNow();
            warmer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
