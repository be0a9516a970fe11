package dev.meridian.training.internal.jobs;

import dev.meridian.issues.IssueCorpus;
import dev.meridian.pipeline.dataset.Manifest;
import dev.meridian.platform.ConflictException;
import dev.meridian.training.DatasetSnapshots;
import dev.meridian.training.internal.registry.ModelRegistry;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The demo project's first models, so that `./meridian run` ends with an assistant that knows HADOOP: once the
 * training-data pipeline has stored (nearly) all of its issues, a full job of every model kind the project has never
 * had. Later models come from the triggers or from people; a project admin's own first job is left alone.
 */
@Component
class DemoModels implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoModels.class);
    static final String PROJECT = "HADOOP";
    private static final List<String> KINDS = List.of(TrainingJobs.KIND, "question-intent");
    private static final int CHECKS = 40;

    private final TrainingJobs jobs;
    private final ModelRegistry registry;
    private final DatasetSnapshots snapshots;
    private final IssueCorpus corpus;
    private final boolean enabled;
    private ScheduledExecutorService thread;
    private int checks;

    DemoModels(TrainingJobs jobs, ModelRegistry registry, DatasetSnapshots snapshots, IssueCorpus corpus,
            @Value("${meridian.bootstrap.demo-project}") boolean demo, @Value("${meridian.pipeline.enabled}") boolean pipeline,
            @Value("${meridian.bootstrap.demo-models:true}") boolean demoModels) {
        this.jobs = jobs;
        this.registry = registry;
        this.snapshots = snapshots;
        this.corpus = corpus;
        this.enabled = demo && pipeline && demoModels;
    }

    /** The dataset is ready when its latest snapshot holds a document record for at least 95% of the issues. */
    static boolean covers(Manifest manifest, long issues) {
        var documents = manifest.records().get("document");
        long held = documents == null ? 0 : documents.train() + documents.validation();
        return issues > 0 && held * 100 >= issues * 95;
    }

    private void check() {
        try {
            var missing = KINDS.stream().filter(kind -> registry.list(PROJECT).stream().noneMatch(v -> v.kind().equals(kind))).toList();
            if (missing.isEmpty() || ++checks > CHECKS) {
                stop();
                return;
            }
            // the demo is imported in one transaction, after the server started: until then it has no issues
            long issues = corpus.changedSince(PROJECT, null);
            if (issues == 0 || snapshots.seal(PROJECT).filter(manifest -> covers(manifest, issues)).isEmpty()) {
                return;
            }
            for (var kind : missing) {
                try {
                    jobs.launch(PROJECT, kind, "full", null, "the demo project's first model");
                } catch (ConflictException running) {
                    // someone started one: theirs is the first
                }
            }
            stop();
        } catch (RuntimeException e) {
            log.warn("The demo project's first models could not be started; trying again: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (!enabled || thread != null) {
            return;
        }
        checks = 0;
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "demo-models");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::check, 15, 15, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdown();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
